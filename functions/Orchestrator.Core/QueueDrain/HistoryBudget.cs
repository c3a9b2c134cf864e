namespace Orchestrator.Core.QueueDrain;

/// <summary>
/// Keeps one execution's history under Step Functions' 25,000-event limit. The counts below are
/// upper bounds of the events each part of <c>statemachines/queue-drain.asl.json</c> records; the
/// workflow tests check them against real engine histories, so a change to the state machine that
/// outgrows them fails a test.
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
    /// lease renewal, lanes Map start/end, summary, choices.</summary>
    public const int Cycle = 45;

    /// <summary>Events of one planning cycle that waits instead of running lanes: attributes, list
    /// tasks, plan, report, choice, wait.</summary>
    public const int WaitCycle = 25;

    /// <summary>Events of one batch with a single receive, a single delete chunk, an S3 manifest and
    /// up to two quick RunTask retries (throttling).</summary>
    public const int Batch = 70;

    /// <summary>Events added by each further SQS receive or delete/return chunk of a batch.</summary>
    public const int PerChunk = 10;

    /// <summary>Events added by each wait-and-retry of RunTask (Spot unavailable), including that
    /// attempt's own quick retries.</summary>
    public const int PerRetry = 30;

    /// <summary>Events of one group of lanes: the outer iteration and the inner Map around it.</summary>
    public const int PerGroup = 10;

    /// <summary>Events of a lane that starts and finds nothing (iteration start, receive, end).</summary>
    public const int EmptyLane = 25;

    /// <summary>Upper bound of one batch's events for these settings, with no retries.</summary>
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

    /// <remarks>A batch of n receives also has n delete (or return) chunks of at most 10 entries.</remarks>
    public static int PerBatch(DrainSettings settings) =>
        Batch + (2 * PerChunk * (settings.ReceivesPerBatch - 1));
}
