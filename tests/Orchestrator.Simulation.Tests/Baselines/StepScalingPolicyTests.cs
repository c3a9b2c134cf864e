using Orchestrator.Simulation.Services.ApplicationAutoScaling;

namespace Orchestrator.Simulation.Tests.Baselines;

public class StepScalingPolicyTests
{
    // Seed 001's steps on visible messages, as CDK turns them into an upper alarm (≥ 2) and a lower alarm
    // (≤ 1), each step's bounds relative to its alarm's threshold (docs/COMPARE.md).
    private static readonly StepScalingPolicy Upper = new("up", AdjustmentType.ChangeInCapacity,
        [new StepAdjustment(0, 2, 1), new StepAdjustment(2, 6, 2), new StepAdjustment(6, 18, 4), new StepAdjustment(18, null, 10)], TimeSpan.FromSeconds(10));

    private static readonly StepScalingPolicy Lower = new("down", AdjustmentType.ChangeInCapacity, [new StepAdjustment(null, 0, -1)], TimeSpan.FromSeconds(10));

    [Theory]
    [InlineData(2, 1)]
    [InlineData(3, 1)]
    [InlineData(4, 2)]
    [InlineData(7, 2)]
    [InlineData(8, 4)]
    [InlineData(19, 4)]
    [InlineData(20, 10)]
    [InlineData(500, 10)]
    public void S1Upper_EachBand_ItsAdjustment(double visible, int adjustment)
    {
        // StepAdjustment: lower bound inclusive, upper bound exclusive, relative to the threshold (2).
        Assert.Equal(5 + adjustment, Upper.Desired(5, visible - 2));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void S1Lower_AtOrBelowThreshold_RemovesOne(double visible)
    {
        // The lower alarm is ≤ 1: at the threshold the breach is 0, on the step's exclusive upper bound,
        // and the alarm still breaches, so its one step applies.
        Assert.Equal(4, Lower.Desired(5, visible - 1));
    }

    [Fact]
    public void ExactCapacity_SetsTheCount()
    {
        var idle = new StepScalingPolicy("idle", AdjustmentType.ExactCapacity, [new StepAdjustment(null, 0, 0)], TimeSpan.Zero);

        Assert.Equal(0, idle.Desired(7, -0.01));
    }

    [Fact]
    public void PercentChange_RoundsAndKeepsTheMinimumMagnitude()
    {
        var percent = new StepScalingPolicy("p", AdjustmentType.PercentChangeInCapacity, [new StepAdjustment(0, null, 25)], TimeSpan.Zero, MinAdjustmentMagnitude: 2);

        Assert.Equal(12, percent.Desired(10, 1)); // 25 % of 10 is 2.5 → 2
        Assert.Equal(3, percent.Desired(1, 1)); // 0.25 rounds to 1, raised to the minimum magnitude 2
    }
}
