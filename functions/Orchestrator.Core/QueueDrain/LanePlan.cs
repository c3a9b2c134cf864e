namespace Orchestrator.Core.QueueDrain;

/// <summary>What the drain does next.</summary>
/// <param name="Action">run (start <see cref="Lanes"/> lanes), wait (re-check after
/// <see cref="WaitSeconds"/>), done (the queue is empty), or handover (continue in a new execution
/// before this one's history grows too long).</param>
/// <param name="Lanes">Lane numbers 0..n-1, the Map state's items.</param>
/// <param name="BatchesPerLane">How many tasks (batches, or parts of a split receive) each lane's
/// execution may run before the next plan.</param>
/// <param name="WaitSeconds">With wait: how long before the next plan.</param>
/// <param name="LeaseExpiresAt">Unix seconds until which this drain holds the queue's lease.</param>
/// <param name="Reason">One line for the execution's output.</param>
/// <param name="Report">The drain's report with this plan's events counted when it waits (a run's
/// events are counted when the cycle is summarized).</param>
public sealed record LanePlan(
    string Action,
    IReadOnlyList<int> Lanes,
    int BatchesPerLane,
    int WaitSeconds,
    long LeaseExpiresAt,
    string Reason,
    DrainReport Report)
{
    public const string Run = "run";
    public const string Wait = "wait";
    public const string Done = "done";
    public const string HandOver = "handover";

    /// <summary>Step Functions runs at most 40 iterations of an inline Map at once (AWS-FACTS.md).</summary>
    public const int MaxLanesPerGroup = 40;

    /// <summary>The lanes in groups of at most <see cref="MaxLanesPerGroup"/>: the outer Map runs the
    /// groups side by side and each group's inner Map its lanes, so more than 40 lanes run at once.</summary>
    public IReadOnlyList<IReadOnlyList<int>> LaneGroups => [.. Lanes.Chunk(MaxLanesPerGroup)];
}
