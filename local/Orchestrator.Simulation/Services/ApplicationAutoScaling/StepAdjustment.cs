namespace Orchestrator.Simulation.Services.ApplicationAutoScaling;

/// <summary>One step of a step scaling policy: a band of the breach (metric minus the alarm's
/// threshold) and the adjustment for it.</summary>
/// <param name="LowerBound">Inclusive lower bound of the breach; null = minus infinity.</param>
/// <param name="UpperBound">Exclusive upper bound of the breach; null = infinity.</param>
/// <param name="Adjustment">ScalingAdjustment, read according to the policy's AdjustmentType.</param>
/// <remarks>"MetricIntervalLowerBound … the metric must be greater than or equal to the threshold plus
/// the lower bound"; "MetricIntervalUpperBound … the metric must be less than the threshold plus the
/// upper bound" (Application Auto Scaling API Reference, StepAdjustment).</remarks>
public sealed record StepAdjustment(double? LowerBound, double? UpperBound, int Adjustment)
{
    public bool Contains(double breach) =>
        (LowerBound is not { } lower || breach >= lower) && (UpperBound is not { } upper || breach < upper);
}
