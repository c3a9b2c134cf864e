namespace Orchestrator.Simulation.Services.ApplicationAutoScaling;

/// <summary>A step scaling policy (PutScalingPolicy, PolicyType StepScaling) attached to one alarm.</summary>
/// <remarks>
/// <para>The step is chosen from the breach, the alarm's newest datapoint minus its threshold. Steps must
/// not overlap; a breach that falls on no step (exactly on an exclusive upper bound, as a
/// LessThanOrEqualToThreshold alarm at its threshold gives) takes the step whose bound is nearest, since
/// the alarm does breach.</para>
/// <para>PercentChangeInCapacity rounds away from zero below 1 and towards zero above (EC2 Auto Scaling's
/// documented rounding, which Application Auto Scaling follows), at least MinAdjustmentMagnitude.</para>
/// </remarks>
public sealed record StepScalingPolicy(
    string Name,
    AdjustmentType AdjustmentType,
    IReadOnlyList<StepAdjustment> Steps,
    TimeSpan Cooldown,
    int MinAdjustmentMagnitude = 0)
{
    /// <summary>The step for a breach (metric − threshold).</summary>
    public StepAdjustment StepFor(double breach) =>
        Steps.FirstOrDefault(s => s.Contains(breach))
        ?? Steps.OrderBy(s => Math.Min(Distance(s.LowerBound, breach), Distance(s.UpperBound, breach))).First();

    /// <summary>The capacity this policy asks for from <paramref name="capacity"/> for a breach.</summary>
    public int Desired(int capacity, double breach)
    {
        var step = StepFor(breach);
        return AdjustmentType switch
        {
            AdjustmentType.ExactCapacity => step.Adjustment,
            AdjustmentType.ChangeInCapacity => capacity + step.Adjustment,
            AdjustmentType.PercentChangeInCapacity => capacity + Percent(capacity, step.Adjustment),
            _ => throw new InvalidOperationException($"Unknown adjustment type {AdjustmentType}."),
        };
    }

    private int Percent(int capacity, int percent)
    {
        var raw = capacity * percent / 100.0;
        var rounded = Math.Abs(raw) < 1 ? (int)Math.Sign(raw) * (raw == 0 ? 0 : 1) : (int)Math.Truncate(raw);
        return Math.Abs(rounded) < MinAdjustmentMagnitude ? Math.Sign(percent) * MinAdjustmentMagnitude : rounded;
    }

    private static double Distance(double? bound, double breach) => bound is { } b ? Math.Abs(b - breach) : double.PositiveInfinity;
}
