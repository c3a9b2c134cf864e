using System.Text.Json.Nodes;

namespace Orchestrator.Core.QueueDrain;

/// <summary>
/// Decides what happens to a batch after its ecs:runTask.sync state: delete it, return it with
/// backoff, requeue it at once, or run the task again (later, or on on-demand capacity).
/// </summary>
/// <remarks>
/// <para>The input is either the stopped Task (the state succeeded) or the caught error
/// <c>{"Error","Cause"}</c>. Per AWS's ECS integration: a non-zero essential exit or a Spot reclaim is
/// <c>States.TaskFailed</c> with the Task JSON as cause; a task that fails to start has StopCode
/// TaskFailedToStart; RunTask answering with Failures is <c>AmazonECS.Unknown</c> (a start failure,
/// unless the failure says capacity is unavailable); RunTask refusing (capacity, throttling) is
/// <c>ECS.AmazonECSException</c>; a state timeout is <c>States.Timeout</c>.</para>
/// <para>An exit-0 task's partial batch result (<c>Result</c> in the task, <see cref="PartialResult"/>)
/// may fail some of its messages (decision partial) or, when invalid, the whole batch.</para>
/// <para>An interrupted task is never treated as a success, even if its containers exited 0 on
/// SIGTERM: the batch may be half done, so it is requeued (at-least-once delivery).</para>
/// <para>While RunTask is refused, the batch retries on Spot every SpotRetryIntervalSeconds; after
/// FallbackAfterSeconds it runs on the on-demand provider. It gives up (returns the batch) once a
/// further wait could let the messages' visibility run out before the task ends.</para>
/// </remarks>
public static class OutcomeClassifier
{
    /// <summary>The start of ECS's answer when a capacity provider has no capacity. AWS-FACTS.md
    /// records it as a RunTask exception; clients of the real API record it as a RunTask
    /// <c>failures[].reason</c> (which Step Functions reports as <c>AmazonECS.Unknown</c>). Both are
    /// handled the same way.</summary>
    public const string CapacityUnavailable = "Capacity is unavailable at this time";

    /// <summary>How long a lane waits after a task it timed out before it may start another: Fargate's
    /// largest container stopTimeout (120 s, ECS task definition parameters). A Task state that times
    /// out fails at once while Step Functions' StopTask only begins the stop (SIGTERM, SIGKILL after the
    /// stop timeout; lastStatus stays RUNNING meanwhile), and ListTasks with desiredStatus RUNNING no
    /// longer lists the task: starting the next task at once ran two tasks in one lane and let the
    /// next plan count one task too few, so MaxConcurrentTasks did not hold (issue 15 point 3).</summary>
    public const int StopGraceSeconds = 120;

    /// <summary>RunTask failure reasons of an EC2 capacity provider whose instances have no room, or that has
    /// none (ECS guide, "API failure reasons"): the provider's capacity is unavailable for now, as for Spot,
    /// so the batch retries and then falls back to the on-demand provider instead of spending a receive.</summary>
    private static readonly string[] NoRoom = ["RESOURCE:CPU", "RESOURCE:MEMORY", "No Container Instances were found"];

    public static BatchDecision Decide(
        JsonObject run,
        IReadOnlyList<BatchMessage> messages,
        CapacityChoice capacity,
        LaneStats stats,
        DrainSettings settings,
        DateTimeOffset now)
    {
        if (messages.Count == 0)
        {
            throw new InvalidInputException("A batch decision needs the batch's messages; none were given.");
        }

        var attempt = capacity.FirstAttemptAt == 0 ? capacity with { FirstAttemptAt = now.ToUnixTimeSeconds() } : capacity;
        var (outcome, task, reason) = Classify(run);
        var verdict = outcome == Outcome.Succeeded ? PartialResult.Read(run["Result"] as JsonObject, messages) : null;
        if (verdict is { Valid: false })
        {
            (outcome, reason) = (Outcome.TaskFailed, verdict.Reason);
        }
        var ran = task is not null && outcome is not Outcome.StartFailed;
        var batchStats = new LaneStats
        {
            Batches = outcome == Outcome.CapacityUnavailable ? 0 : 1,
            Messages = outcome == Outcome.CapacityUnavailable ? 0 : messages.Count,
            TasksSpot = ran && !capacity.OnDemand ? 1 : 0,
            TasksOnDemand = ran && capacity.OnDemand ? 1 : 0,
            TaskSecondsSpot = ran && !capacity.OnDemand ? task!.RunSeconds : 0,
            TaskSecondsOnDemand = ran && capacity.OnDemand ? task!.RunSeconds : 0,
            RunTaskRetries = outcome == Outcome.CapacityUnavailable ? 1 : 0,
        };

        return outcome switch
        {
            Outcome.Succeeded when verdict is { Failed.Count: > 0 } => Partly(attempt, messages, verdict, stats.Add(batchStats with { Succeeded = 1, Deleted = messages.Count - verdict.Failed.Count, Returned = verdict.Failed.Count }), settings),
            Outcome.Succeeded => Finish(outcome, BatchDecision.Delete, attempt, messages, stats.Add(batchStats with { Succeeded = 1, Deleted = messages.Count }), reason, settings, 0),
            Outcome.Interrupted => Finish(outcome, BatchDecision.Return, attempt, messages, stats.Add(batchStats with { Interrupted = 1, Requeued = messages.Count }), reason, settings, 0),
            Outcome.CapacityUnavailable => Refused(attempt, messages, stats.Add(batchStats), reason, settings, now),
            Outcome.TimedOut => Finish(outcome, BatchDecision.Return, attempt, messages, stats.Add(Count(outcome, batchStats) with { Returned = messages.Count }), reason, settings, null) with { WaitSeconds = StopGraceSeconds },
            _ => Finish(outcome, BatchDecision.Return, attempt, messages, stats.Add(Count(outcome, batchStats) with { Returned = messages.Count }), reason, settings, null),
        };
    }

    /// <summary>Reads the outcome from a RunTask result or error.</summary>
    public static (Outcome Outcome, StoppedTask? Task, string Reason) Classify(JsonObject run)
    {
        if (run["Error"] is null)
        {
            var task = StoppedTask.Parse(run);
            return task.WasInterrupted ? (Outcome.Interrupted, task, $"interrupted: {task.StopCode}")
                : task.ExitedCleanly ? (Outcome.Succeeded, task, "task succeeded")
                : (Outcome.TaskFailed, task, $"task stopped: {task.StopCode} {task.StoppedReason}");
        }

        var error = Json.String(run, "Error", "RunTask error");
        var cause = Json.OptionalString(run, "Cause") ?? "";
        return error switch
        {
            "States.Timeout" => (Outcome.TimedOut, null, "task timed out; Step Functions stopped it"),
            "ECS.AmazonECSException" => (Outcome.CapacityUnavailable, null, $"RunTask refused: {FirstLine(cause)}"),
            "AmazonECS.Unknown" when cause.Contains(CapacityUnavailable, StringComparison.Ordinal) => (Outcome.CapacityUnavailable, null, $"no capacity: {FirstLine(cause)}"),
            "AmazonECS.Unknown" when NoRoom.Any(r => cause.Contains(r, StringComparison.Ordinal)) => (Outcome.CapacityUnavailable, null, $"no room on the provider's instances: {FirstLine(cause)}"),
            "States.TaskFailed" => FromTaskCause(cause),
            _ => (Outcome.StartFailed, null, $"{error}: {FirstLine(cause)}"),
        };
    }

    private static (Outcome, StoppedTask?, string) FromTaskCause(string cause)
    {
        if (Json.ParseEmbedded(cause, "States.TaskFailed cause") is not JsonObject taskJson)
        {
            return (Outcome.StartFailed, null, $"task failed: {FirstLine(cause)}");
        }

        var task = StoppedTask.Parse(taskJson);
        return task.WasInterrupted ? (Outcome.Interrupted, task, $"interrupted: {task.StopCode}")
            : task.StopCode == "TaskFailedToStart" ? (Outcome.StartFailed, task, $"task failed to start: {task.StoppedReason}")
            : (Outcome.TaskFailed, task, $"task failed: exit codes [{string.Join(",", task.ExitCodes)}] {task.StoppedReason}");
    }

    /// <remarks>Spot is retried every SpotRetryIntervalSeconds (the last wait shortened to end on the
    /// deadline) until FallbackAfterSeconds have passed since the first refusal, then the batch runs
    /// on-demand at once. On-demand refusals are retried likewise until the margin of the messages'
    /// visibility is used up; then the batch is returned.</remarks>
    private static BatchDecision Refused(CapacityChoice attempt, IReadOnlyList<BatchMessage> messages, LaneStats stats, string reason, DrainSettings settings, DateTimeOffset now)
    {
        var waited = now.ToUnixTimeSeconds() - attempt.FirstAttemptAt;
        if (!attempt.OnDemand)
        {
            if (waited >= settings.FallbackAfterSeconds)
            {
                var onDemand = attempt with { Provider = settings.OnDemandCapacityProvider, OnDemand = true };
                return new BatchDecision(Outcome.CapacityUnavailable, BatchDecision.Retry, 0, onDemand, [], [], stats, $"{reason}; falling back to {onDemand.Provider} after {waited} s");
            }

            var wait = (int)Math.Min(settings.SpotRetryIntervalSeconds, settings.FallbackAfterSeconds - waited);
            return new BatchDecision(Outcome.CapacityUnavailable, BatchDecision.Retry, wait, attempt, [], [], stats, $"{reason}; retrying on {attempt.Provider} in {wait} s");
        }

        if (waited + settings.SpotRetryIntervalSeconds > settings.FallbackAfterSeconds + settings.VisibilityMarginSeconds)
        {
            var gaveUp = stats.Add(new LaneStats { Batches = 1, Messages = messages.Count, StartFailed = 1, Returned = messages.Count });
            return Finish(Outcome.StartFailed, BatchDecision.Return, attempt, messages, gaveUp, $"{reason}; gave up after {waited} s", settings, null);
        }

        return new BatchDecision(Outcome.CapacityUnavailable, BatchDecision.Retry, settings.SpotRetryIntervalSeconds, attempt, [], [], stats, $"{reason}; retrying on {attempt.Provider} in {settings.SpotRetryIntervalSeconds} s");
    }

    private static LaneStats Count(Outcome outcome, LaneStats s) => outcome switch
    {
        Outcome.TaskFailed => s with { TaskFailed = 1 },
        Outcome.TimedOut => s with { TimedOut = 1 },
        _ => s with { StartFailed = 1 },
    };

    /// <param name="visibility">0 to requeue at once; null for backoff by receive count.</param>
    private static BatchDecision Finish(Outcome outcome, string next, CapacityChoice capacity, IReadOnlyList<BatchMessage> messages, LaneStats stats, string reason, DrainSettings settings, int? visibility)
    {
        if (next == BatchDecision.Delete)
        {
            var deletes = messages.Select((m, i) => new DeleteEntry($"m{i}", m.ReceiptHandle)).Chunk(10).ToArray();
            return new BatchDecision(outcome, next, 0, capacity, deletes, [], stats, reason);
        }

        var returns = messages
            .Select((m, i) => new VisibilityEntry($"m{i}", m.ReceiptHandle, visibility ?? Backoff.VisibilitySeconds(m.MessageId, m.ReceiveCount, settings)))
            .Chunk(10).ToArray();
        return new BatchDecision(outcome, next, 0, capacity, [], returns, stats, reason);
    }

    /// <summary>A partial batch result: the listed messages come back with backoff, the others are deleted.</summary>
    private static BatchDecision Partly(CapacityChoice capacity, IReadOnlyList<BatchMessage> messages, PartialResult.Verdict verdict, LaneStats stats, DrainSettings settings)
    {
        var entries = messages.Select((m, i) => (Message: m, Id: $"m{i}")).ToList();
        var deletes = entries.Where(e => !verdict.Failed.Contains(e.Message.MessageId)).Select(e => new DeleteEntry(e.Id, e.Message.ReceiptHandle)).Chunk(10).ToArray();
        var returns = entries.Where(e => verdict.Failed.Contains(e.Message.MessageId))
            .Select(e => new VisibilityEntry(e.Id, e.Message.ReceiptHandle, Backoff.VisibilitySeconds(e.Message.MessageId, e.Message.ReceiveCount, settings))).Chunk(10).ToArray();
        return new BatchDecision(Outcome.Succeeded, BatchDecision.Partial, 0, capacity, deletes, returns, stats, verdict.Reason);
    }

    private static string FirstLine(string text) => text.Split('\n')[0] is var line && line.Length > 300 ? line[..300] : line;
}
