namespace Orchestrator.Core.Capacity;

/// <summary>One backfill check's decision (the output of PlanBackfill).</summary>
/// <param name="Action">covered (nothing to buy), wait (re-check after WaitSeconds), raise (SetDesiredCapacity to
/// DesiredCapacity), still-scaling (the Spot target kept moving through MaxRechecks: nothing bought) or at-maximum.</param>
/// <param name="Shortfall">The Spot pool's missing capacity units at this check.</param>
/// <param name="Observation">The state for the next check.</param>
/// <param name="Lock">The lock request for the next check (its times are this check's plus the wait).</param>
public sealed record BackfillPlan(
    string Action,
    int WaitSeconds,
    int DesiredCapacity,
    int Added,
    double Shortfall,
    BackfillObservation Observation,
    LockRequest Lock,
    string Reason,
    CapacityNotification? Notification);
