using Orchestrator.Simulation.Services.ApplicationAutoScaling;

namespace Orchestrator.Simulation.Tests.Baselines;

public class TargetTrackingPolicyTests
{
    private static readonly TargetTrackingPolicy Backlog = new("backlog", 10, TargetTrackingPolicy.DefaultCooldown, TargetTrackingPolicy.DefaultCooldown);

    [Theory]
    [InlineData(2, 50, 10)] // 2 tasks with 50 messages each: 100 / 10 per task
    [InlineData(4, 10, 4)] // on target: no change
    [InlineData(10, 2, 2)] // mostly idle: scale in proportionally, rounding up
    [InlineData(0, 30, 1)] // from zero, any backlog above target asks for one task
    [InlineData(0, 5, 0)]
    public void Desired_ProportionalToTheMetric(int capacity, double metric, int desired) =>
        Assert.Equal(desired, Backlog.Desired(capacity, metric));

    [Fact]
    public void DefaultCooldowns_300Seconds() => Assert.Equal(TimeSpan.FromSeconds(300), TargetTrackingPolicy.DefaultCooldown);
}
