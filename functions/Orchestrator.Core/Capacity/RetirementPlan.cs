namespace Orchestrator.Core.Capacity;

/// <summary>What one return-to-spot run does (the output of PickInstancesToRetire).</summary>
/// <param name="Healthy">The Spot pool is fulfilled, not moving, and none of its instances is draining.</param>
/// <param name="Hysteresis">start (put the healthy-since record), clear (delete it) or keep.</param>
/// <param name="HealthySince">Epoch seconds since the pool has been healthy (what <c>start</c> writes).</param>
/// <param name="Drain">Container instance ARNs to set DRAINING (at most 10, UpdateContainerInstancesState's limit).</param>
/// <param name="Reactivate">On-demand container instances set back to ACTIVE: the pool is short again, or fewer are to go.</param>
/// <param name="Terminate">EC2 instance ids to terminate with ShouldDecrementDesiredCapacity: DRAINING and running no task.</param>
public sealed record RetirementPlan(
    bool Healthy,
    string Hysteresis,
    long HealthySince,
    IReadOnlyList<string> Drain,
    IReadOnlyList<string> Reactivate,
    IReadOnlyList<string> Terminate,
    string Reason,
    CapacityNotification? Notification);
