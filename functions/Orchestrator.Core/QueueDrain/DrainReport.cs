namespace Orchestrator.Core.QueueDrain;

/// <summary>
/// What a drain did, carried from cycle to cycle and across hand-overs, and returned as the
/// execution's output.
/// </summary>
/// <param name="Owner">The drain's lease owner: the first execution's name, kept across hand-overs.</param>
/// <param name="Executions">How many executions this drain has used (1 + hand-overs).</param>
/// <param name="EventsUsed">This execution's estimated history events so far (its lanes' are theirs).</param>
/// <param name="EstimatedCostUsd">Tasks plus state transitions, per <see cref="CostModel"/>.</param>
public sealed record DrainReport(
    string Owner,
    int Executions,
    int Cycles,
    int EventsUsed,
    LaneStats Totals,
    double EstimatedCostUsd,
    string LastReason)
{
    public static DrainReport Start(string owner) => new(owner, 1, 0, HistoryBudget.Start, LaneStats.Empty, 0, "started");

    /// <summary>Adds one cycle's lane results.</summary>
    public DrainReport AddCycle(IReadOnlyList<LaneStats> lanes, DrainSettings settings, CostModel prices)
    {
        var cycle = lanes.Aggregate(LaneStats.Empty, (sum, lane) => sum.Add(lane));
        var groups = (lanes.Count + LanePlan.MaxLanesPerGroup - 1) / LanePlan.MaxLanesPerGroup;
        var events = HistoryBudget.Cycle + (groups * HistoryBudget.PerGroup) + (lanes.Count * HistoryBudget.PerLane);
        var laneEvents = LaneEvents + lanes.Sum(l => l.EstimatedEvents(settings));
        var totals = Totals.Add(cycle);
        var cost = prices.Tasks(totals, settings.TaskVcpu, settings.TaskMemoryGb) + (prices.PerTransition * TransitionsEstimate(EventsUsed + events, Executions, laneEvents));
        return this with
        {
            LaneEvents = laneEvents,
            Cycles = Cycles + 1,
            EventsUsed = EventsUsed + events,
            Totals = totals,
            EstimatedCostUsd = Math.Round(cost, 6),
            LastReason = $"cycle {Cycles + 1}: {lanes.Count} lane(s), {cycle.Batches} batch(es), {cycle.Messages} message(s)",
        };
    }

    /// <summary>The report the next execution starts from.</summary>
    public DrainReport HandOver() => this with { Executions = Executions + 1, EventsUsed = HistoryBudget.Start, LastReason = "handed over" };

    /// <summary>Estimated history events of all this drain's lane executions so far (for the cost; each
    /// lane has its own history limit).</summary>
    public long LaneEvents { get; init; }

    /// <summary>About one state transition per two history events (entered/exited pairs), over all
    /// executions, the lanes' included.</summary>
    private static double TransitionsEstimate(int eventsThisExecution, int executions, long laneEvents) =>
        (eventsThisExecution / 2.0) + ((executions - 1) * HistoryBudget.Target / 2.0) + (laneEvents / 2.0);
}
