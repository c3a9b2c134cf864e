using Orchestrator.States.Execution;

namespace Orchestrator.States.Tests.Execution;

/// <summary>Retry timing on the virtual clock and Catch routing. Expectations from the AWS
/// error-handling docs (defaults IntervalSeconds 1, MaxAttempts 3, BackoffRate 2.0; the first
/// matching retrier only; catch output {Error, Cause} at ResultPath).</summary>
public class RetryCatchTests
{
    private const string FailingTask = """
        {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage",
          "Retry":[RETRY],"Catch":[CATCH],"End":true},"Caught":{"Type":"Pass","End":true}}}
        """;

    private static string Definition(string retry, string catcher = """{"ErrorEquals":["States.ALL"],"Next":"Caught","ResultPath":"$.err"}""") =>
        FailingTask.Replace("RETRY", retry, StringComparison.Ordinal).Replace("CATCH", catcher, StringComparison.Ordinal);

    private static readonly Dictionary<string, string> AlwaysThrows = new()
    {
        ["T"] = """{"0-20":{"Throw":{"Error":"Custom.Error","Cause":"boom"}}}""",
    };

    private static double[] ScheduledSeconds(ExecutionResult result) =>
        [.. result.History.Where(e => e.Type == "TaskScheduled").Select(e => (e.Timestamp - result.StartDate).TotalSeconds)];

    [Fact]
    public void Run_DefaultRetrier_RetriesThreeTimesAt1_2_4Seconds()
    {
        var result = Run.Definition(Definition("""{"ErrorEquals":["Custom.Error"]}"""), """{"a":1}""", AlwaysThrows);

        Assert.Equal([0.0, 1.0, 3.0, 7.0], ScheduledSeconds(result));
        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal("""{"a":1,"err":{"Error":"Custom.Error","Cause":"boom"}}""", Run.Json(result.Output));
    }

    [Fact]
    public void Run_IntervalBackoffAndMaxDelay_DelaysCapped()
    {
        var result = Run.Definition(Definition("""{"ErrorEquals":["States.ALL"],"IntervalSeconds":3,"BackoffRate":3,"MaxAttempts":4,"MaxDelaySeconds":10}"""),
            "{}", AlwaysThrows);

        // Delays 3, 9, min(27,10), min(81,10).
        Assert.Equal([0.0, 3.0, 12.0, 22.0, 32.0], ScheduledSeconds(result));
    }

    [Fact]
    public void Run_MaxAttemptsZero_NeverRetries()
    {
        var result = Run.Definition(Definition("""{"ErrorEquals":["States.ALL"],"MaxAttempts":0}"""), "{}", AlwaysThrows);
        Assert.Equal([0.0], ScheduledSeconds(result));
    }

    [Fact]
    public void Run_FirstMatchingRetrierOnly_LaterRetriersIgnored()
    {
        var result = Run.Definition(Definition("""{"ErrorEquals":["Custom.Error"],"MaxAttempts":1},{"ErrorEquals":["States.ALL"],"MaxAttempts":5}"""),
            "{}", AlwaysThrows);
        Assert.Equal([0.0, 1.0], ScheduledSeconds(result));
    }

    [Fact]
    public void Run_EachRetrierKeepsItsOwnCount()
    {
        var mocks = new Dictionary<string, string>
        {
            ["T"] = """{"0":{"Throw":{"Error":"A"}},"1":{"Throw":{"Error":"B"}},"2":{"Throw":{"Error":"A"}},"3":{"Return":{"ok":1}}}""",
        };
        var result = Run.Definition(Definition("""{"ErrorEquals":["A"],"MaxAttempts":2,"IntervalSeconds":1,"BackoffRate":1},{"ErrorEquals":["B"],"MaxAttempts":1,"IntervalSeconds":10}"""),
            "{}", mocks);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal([0.0, 1.0, 11.0, 12.0], ScheduledSeconds(result));
        Assert.Equal("""{"ok":1}""", Run.Json(result.Output));
    }

    [Fact]
    public void Run_FullJitter_DelaysWithinBoundsAndSeedDeterministic()
    {
        var definition = Definition("""{"ErrorEquals":["States.ALL"],"IntervalSeconds":10,"BackoffRate":1,"MaxAttempts":3,"JitterStrategy":"FULL"}""");
        var first = ScheduledSeconds(Run.Definition(definition, "{}", AlwaysThrows, seed: 7));
        var again = ScheduledSeconds(Run.Definition(definition, "{}", AlwaysThrows, seed: 7));
        var other = ScheduledSeconds(Run.Definition(definition, "{}", AlwaysThrows, seed: 8));

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        for (var i = 1; i < first.Length; i++)
        {
            Assert.InRange(first[i] - first[i - 1], 0, 10);
        }
    }

    [Fact]
    public void Run_CatchFirstMatchWins()
    {
        var result = Run.Definition(Definition("[]".Trim('[', ']'),
            """{"ErrorEquals":["Other"],"Next":"Caught","ResultPath":"$.wrong"},{"ErrorEquals":["States.TaskFailed"],"Next":"Caught","ResultPath":"$.first"},{"ErrorEquals":["States.ALL"],"Next":"Caught","ResultPath":"$.last"}"""),
            "{}", AlwaysThrows);

        Assert.Equal("""{"first":{"Error":"Custom.Error","Cause":"boom"}}""", Run.Json(result.Output));
        Assert.Equal("TaskStateExited", result.History.First(e => e.Type.EndsWith("Exited", StringComparison.Ordinal)).Type);
    }

    [Fact]
    public void Run_TaskFailedDoesNotMatchStatesTimeout()
    {
        var definition = """
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken","TimeoutSeconds":5,
              "Catch":[{"ErrorEquals":["States.TaskFailed"],"Next":"Caught"}],"End":true},"Caught":{"Type":"Pass","End":true}}}
            """;
        var result = Run.Definition(definition, "{}", integrations: [new IntegrationSpy(i => i.Succeed(null))]);

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("States.Timeout", result.Error);
    }

    [Fact]
    public void Run_NoMatchingCatcher_ExecutionFailsWithTaskError()
    {
        var result = Run.Definition(Definition("""{"ErrorEquals":["X"],"MaxAttempts":1}""", """{"ErrorEquals":["Y"],"Next":"Caught"}"""), "{}", AlwaysThrows);

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("Custom.Error", result.Error);
        Assert.Equal("boom", result.Cause);
        Assert.Equal("ExecutionFailed", result.History[^1].Type);
        Assert.Equal("TaskFailed", result.History[^2].Type);
    }

    [Fact]
    public void Run_StatesRuntime_NotRetriedNorCaughtByStatesAll()
    {
        var definition = """
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage","Parameters":{"x.$":"$.missing"},
              "Retry":[{"ErrorEquals":["States.ALL"]}],"Catch":[{"ErrorEquals":["States.ALL"],"Next":"Caught"}],"End":true},"Caught":{"Type":"Pass","End":true}}}
            """;
        var result = Run.Definition(definition, "{}", AlwaysThrows);

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("States.Runtime", result.Error);
        Assert.StartsWith("An error occurred while executing the state 'T' (entered at the event id #2). ", result.Cause, StringComparison.Ordinal);
        Assert.Equal(["ExecutionStarted", "TaskStateEntered", "ExecutionFailed"], Run.Types(result));
    }

    [Fact]
    public void Run_RetryCountInContext_IncreasesPerRetry()
    {
        var definition = """
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage","Parameters":{"n.$":"$$.State.RetryCount"},
              "Retry":[{"ErrorEquals":["States.ALL"],"MaxAttempts":2}],"End":true}}}
            """;
        var result = Run.Definition(definition, "{}", AlwaysThrows);

        Assert.Equal(["{\"n\":0}", "{\"n\":1}", "{\"n\":2}"],
            result.History.Where(e => e.Type == "TaskScheduled").Select(e => Run.Json(e.Parameters)).ToArray());
    }

    [Fact]
    public void Catch_EmptyCause_KeepsEmptyCause()
    {
        // Issue 17: a Catch output keeps "Cause": "" when the task failed with an empty cause
        // (as recorded on AWS; only a failure without any cause, such as States.Timeout, has none).
        var result = Run.Definition("""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
              "Catch":[{"ErrorEquals":["States.ALL"],"Next":"C"}],"End":true},"C":{"Type":"Succeed"}}}
            """, "{}", new Dictionary<string, string> { ["T"] = """{"0":{"Throw":{"Error":"E","Cause":""}}}""" });

        Assert.Equal("""{"Error":"E","Cause":""}""", Run.Json(result.Output));
    }
}
