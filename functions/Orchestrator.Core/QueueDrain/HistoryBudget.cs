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

    /// <summary>What an execution plans to use at most, leaving room for the last cycle's
    /// estimate to be off and for the hand-over states.</summary>
    public const int Target = 20_000;

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

    /// <summary>Events of a lane that starts and finds nothing (iteration start, receive, end).</summary>
    public const int EmptyLane = 25;

    /// <summary>Upper bound of one batch's events for these settings, with no retries.</summary>
    /// <remarks>A batch of n receives also has n delete (or return) chunks of at most 10 entries.</remarks>
    public static int PerBatch(DrainSettings settings) =>
        Batch + (2 * PerChunk * (settings.ReceivesPerBatch - 1));
}
