namespace Orchestrator.Simulation.Services.AutoScaling;

/// <summary>
/// A mixed instances policy's split between on-demand and Spot capacity (defaults from the
/// InstancesDistribution API reference: base 0, percentage above base 100, on-demand
/// <c>prioritized</c>, Spot <c>lowest-price</c>).
/// </summary>
/// <remarks>
/// On-demand capacity = min(desired, base) + the percentage of the rest. When the percentage does
/// not divide evenly, the on-demand share is rounded up (the Spot share rounded down) — AWS does
/// not document its rounding; this keeps the safety net on the on-demand side.
/// </remarks>
internal sealed record InstancesDistribution(int OnDemandBase = 0, int OnDemandPercentageAboveBase = 100, string OnDemandStrategy = "prioritized", string SpotStrategy = "lowest-price")
{
    /// <summary>The on-demand capacity units for a desired capacity.</summary>
    public int OnDemandUnits(int desired)
    {
        var baseUnits = Math.Min(desired, OnDemandBase);
        var above = desired - baseUnits;
        var spot = above * (100 - OnDemandPercentageAboveBase) / 100;
        return baseUnits + above - spot;
    }
}
