namespace Orchestrator.Core.QueueDrain;

/// <summary>
/// Sizes the next cycle of a drain: how many lanes (parallel tasks) and how many batches each,
/// from the backlog, the tasks already running and the history budgets (the drain's for the lanes,
/// each lane's own for its batches).
/// </summary>
/// <remarks>
/// lanes = ceil(visible / MessagesPerTask), at most MaxConcurrentTasks minus tasks already running;
/// one visible message gives one lane, an empty queue none. When nothing is visible but messages are
/// in flight, delayed or backing off, the drain waits and looks again rather than ending, so
/// returned batches are not stranded. The lease covers only the start of the cycle
/// (<see cref="DrainLease.CycleStart"/>); the lanes extend it as they receive.
/// </remarks>
public static class LanePlanner
{
    public static LanePlan Plan(QueueDepth depth, int runningTasks, DrainReport report, DrainSettings settings, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(runningTasks);
        var eventsUsed = report.EventsUsed;
        var nowSeconds = now.ToUnixTimeSeconds();
        // While it waits or hands over, the drain holds the lease for the wait, the margin, and five
        // minutes for the few states until the next plan renews it (or the next execution takes it).
        var waitLease = nowSeconds + settings.RecheckSeconds + settings.VisibilityMarginSeconds + 300;

        if (depth.IsEmpty)
        {
            return new LanePlan(LanePlan.Done, [], 0, 0, nowSeconds, "queue is empty", report);
        }

        var remaining = HistoryBudget.Target - eventsUsed - HistoryBudget.Cycle;
        if (remaining < HistoryBudget.Cycle + HistoryBudget.PerGroup + HistoryBudget.PerLane)
        {
            return new LanePlan(LanePlan.HandOver, [], 0, 0, waitLease, $"history budget used ({eventsUsed} events)", report);
        }

        var free = settings.MaxConcurrentTasks - runningTasks;
        if (depth.Visible == 0 || free <= 0)
        {
            var why = depth.Visible == 0
                ? $"{depth.Waiting} message(s) in flight or delayed"
                : $"{runningTasks} task(s) already running, at MaxConcurrentTasks {settings.MaxConcurrentTasks}";
            var waited = report with { EventsUsed = eventsUsed + HistoryBudget.WaitCycle };
            return new LanePlan(LanePlan.Wait, [], 0, settings.RecheckSeconds, waitLease, why, waited);
        }

        var wanted = (depth.Visible + settings.MessagesPerTask - 1) / settings.MessagesPerTask;
        var lanes = (int)Math.Min(wanted, free);
        // Each lane is a child execution: here it costs PerLane events whatever it does.
        var groups = (lanes + LanePlan.MaxLanesPerGroup - 1) / LanePlan.MaxLanesPerGroup;
        lanes = Math.Max(1, Math.Min(lanes, (remaining - (groups * HistoryBudget.PerGroup)) / HistoryBudget.PerLane));
        var batches = HistoryBudget.BatchesPerLane(settings);
        return new LanePlan(
            LanePlan.Run,
            Enumerable.Range(0, lanes).ToArray(),
            batches,
            0,
            DrainLease.CycleStart(settings, now),
            $"{depth.Visible} visible message(s): {lanes} lane(s) of up to {batches} batch(es)",
            report);
    }
}
