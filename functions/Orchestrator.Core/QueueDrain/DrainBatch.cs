namespace Orchestrator.Core.QueueDrain;

/// <summary>One receive's messages as the parts a lane runs one after the other (see
/// <see cref="SuspectIsolation"/>): what the <c>BuildDrainBatch</c> state returns.</summary>
/// <param name="Empty">True when the receives returned nothing: the lane ends.</param>
/// <param name="Part">The part that runs now; null when empty.</param>
/// <param name="Parts">The parts held for later, in running order. Each runs when the parts before it
/// have ended; until then its messages stay invisible: before each part runs, every message still
/// held gets the full visibility timeout again (<see cref="BatchPlan.Hold"/>).</param>
/// <param name="LeaseUntil">Unix seconds the lane extends the drain's lease to (its heartbeat):
/// every part run one after the other (<see cref="DrainLease.ForParts"/>); 0 when empty.</param>
public sealed record DrainBatch(bool Empty, BatchPlan? Part, IReadOnlyList<BatchPlan> Parts, long LeaseUntil = 0)
{
    /// <summary>Where <see cref="Part"/>'s task runs first (RunBatchTask reads it, a RunTask retry
    /// replaces it); null when empty.</summary>
    public CapacityChoice? Capacity { get; init; }

    /// <summary>Where each held part's task runs first (TakePart copies it into <see cref="Capacity"/>).</summary>
    public CapacityChoice? NextCapacity { get; init; }

    /// <summary>Nothing was received.</summary>
    public static DrainBatch None { get; } = new(true, null, []);
}
