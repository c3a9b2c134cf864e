namespace Orchestrator.Core.QueueDrain;

/// <summary>
/// How long a drain holds its queue's lease (a DynamoDB item with ExpiresAt in unix seconds). The
/// lease is short and kept alive by the work itself: the drain writes it at the start of each cycle,
/// and each lane extends it after every receive that got messages, so a drain that stops without
/// releasing it (StopExecution) blocks its queue for at most one receive's worth of parts.
/// </summary>
public static class DrainLease
{
    /// <summary>The lease at the start of a cycle: one visibility timeout (long enough for the lanes to
    /// start and their first receive to run a part) plus the margin for the states around it. From
    /// then on the lanes' heartbeats (<see cref="ForParts"/>) keep it.</summary>
    public static long CycleStart(DrainSettings settings, DateTimeOffset now) =>
        now.ToUnixTimeSeconds() + settings.VisibilityTimeoutSeconds + settings.VisibilityMarginSeconds;

    /// <summary>The lease a lane writes after a receive split into <paramref name="parts"/> parts that
    /// run one after the other: each part ends within one visibility timeout (that is what the
    /// timeout is sized for), plus the margin for the states until the next heartbeat or plan.</summary>
    /// <param name="receivedAt">When the lane's BuildDrainBatch state was entered.</param>
    public static long ForParts(DrainSettings settings, DateTimeOffset receivedAt, int parts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parts, 1);
        return receivedAt.ToUnixTimeSeconds() + ((long)parts * settings.VisibilityTimeoutSeconds) + settings.VisibilityMarginSeconds;
    }
}
