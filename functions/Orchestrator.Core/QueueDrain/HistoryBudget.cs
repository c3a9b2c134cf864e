namespace Orchestrator.Core.QueueDrain;

/// <summary>
/// Keeps each execution's history under Step Functions' 25,000-event limit: the drain's own
/// (<c>statemachines/queue-drain.asl.json</c>, which grows per cycle and per lane) and each lane's
/// (<c>statemachines/queue-drain-lane.asl.json</c>, which grows per batch). The counts below are
/// upper bounds of the events each part records; the workflow tests check them against real engine
/// histories, so a change to a state machine that outgrows them fails a test.
/// </summary>
public static class HistoryBudget
{
    /// <summary>AWS's hard limit per Standard execution.</summary>
    public const int Limit = 25_000;

    /// <summary>What an execution plans to use at most. Cycles are planned for their worst case
    /// (<see cref="PlannedPerBatch"/>), so the last 1,000 events are slack only for the hand-over
    /// states and a final plan.</summary>
    public const int Target = 24_000;

    /// <summary>Events of the start: parse, requeue, lease.</summary>
    public const int Start = 40;

    /// <summary>Events of one planning cycle outside the lanes: attributes, list tasks, plan,
    /// lease renewal, lanes Map start/end, summary, choices (RunOrWait after the renewal included).</summary>
    public const int Cycle = 47;

    /// <summary>Events of one planning cycle that waits instead of running lanes: attributes, list
    /// tasks, plan, report, choices, lease renewal (5 events, kept alive while waiting), wait.</summary>
    public const int WaitCycle = 32;

    /// <summary>Events of one batch with a single receive, a single delete chunk, an S3 manifest and
    /// up to two quick RunTask retries (throttling). A held part of a split receive
    /// (<see cref="SuspectIsolation"/>) records no more: its visibility renewal (two Pass states and
    /// a Map of one ChangeMessageVisibilityBatch per 10 held messages) replaces the receive and the
    /// BuildDrainBatch call.</summary>
    public const int Batch = 75;

    /// <summary>Events of a lane's lease heartbeat (<c>KeepLease</c>, once per receive that got messages):
    /// the Task state's five events, and three per retry for up to two throttled retries.</summary>
    public const int Heartbeat = 11;

    /// <summary>Events added by each further SQS receive or delete/return chunk of a batch.</summary>
    public const int PerChunk = 10;

    /// <summary>Events added by each wait-and-retry of RunTask (Spot unavailable), including that
    /// attempt's own quick retries.</summary>
    public const int PerRetry = 30;

    /// <summary>Events of one group of lanes: the outer iteration and the inner Map around it.</summary>
    public const int PerGroup = 10;

    /// <summary>Events one lane adds to the drain's own history, however many batches it ran: the
    /// iteration and its startExecution.sync:2 task, with a throttled start retried.</summary>
    public const int PerLane = 15;

    /// <summary>Events of a lane execution that starts and finds nothing in a single receive (start,
    /// receive, BuildDrainBatch, choice, end); see <see cref="LaneOverhead"/>.</summary>
    public const int EmptyLane = 30;

    /// <summary>How many batches (or parts) a lane may run: as many as its own history holds when every
    /// one retries RunTask as long as it may, at least 1, at most MaxBatchesPerLane.</summary>
    public static int BatchesPerLane(DrainSettings settings) =>
        Math.Clamp((Target - LaneOverhead(settings)) / PlannedPerBatch(settings), 1, settings.MaxBatchesPerLane);

    /// <summary>Events of a lane execution besides its batches: its start, end and final (empty) receive
    /// of ReceivesPerBatch calls.</summary>
    public static int LaneOverhead(DrainSettings settings) => EmptyLane + (PerChunk * (settings.ReceivesPerBatch - 1));

    /// <summary>Upper bound of one batch's events when planning: <see cref="PerBatch"/> plus every
    /// RunTask retry the batch may make while capacity is unavailable (every SpotRetryIntervalSeconds
    /// through FallbackAfterSeconds on Spot, then through the visibility margin on-demand).</summary>
    /// <remarks>Planning must assume the worst case: lanes cannot share a counter, so a cycle's events
    /// are only known when it ends. Accounting uses the retries that actually happened.</remarks>
    public static int PlannedPerBatch(DrainSettings settings)
    {
        var interval = Math.Max(1, settings.SpotRetryIntervalSeconds);
        var retries = ((settings.FallbackAfterSeconds + interval - 1) / interval) + ((settings.VisibilityMarginSeconds + interval - 1) / interval) + 2;
        return PerBatch(settings) + (retries * PerRetry);
    }

    /// <summary>Upper bound of one batch's (or one part's) events for these settings, with no retries.</summary>
    /// <remarks>A batch of n receives also has n delete (or return) chunks of at most 10 entries; a held
    /// part renews the visibility of at most BatchSize − 1 messages, so in no more chunks than receives.</remarks>
    public static int PerBatch(DrainSettings settings) =>
        Batch + Heartbeat + (2 * PerChunk * (settings.ReceivesPerBatch - 1));
}
