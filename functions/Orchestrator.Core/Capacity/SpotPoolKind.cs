namespace Orchestrator.Core.Capacity;

/// <summary>What the Spot pool is: a Spot Fleet request (legacy API, still common) or an Auto Scaling
/// group with a mixed instances policy.</summary>
public enum SpotPoolKind
{
    /// <summary>A Spot Fleet request of type <c>maintain</c>, named by <c>SpotFleetRequestId</c>.</summary>
    SpotFleet,

    /// <summary>An Auto Scaling group, named by <c>SpotGroupName</c>.</summary>
    AutoScaling,
}
