using System.Text.Json.Nodes;
using Orchestrator.States.Execution;
using Orchestrator.States.Integrations;
using Orchestrator.States.Model;
using Orchestrator.States.Timing;

namespace Orchestrator.States.Tests.Execution;

public class ExecutionTests
{
    [Fact]
    public void Run_ExecutionTimeoutSeconds_TimedOut()
    {
        var result = Run.Definition("""
            {"TimeoutSeconds":60,"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":3600,"End":true}}}
            """);

        Assert.Equal(ExecutionStatus.TimedOut, result.Status);
        Assert.Equal(TimeSpan.FromSeconds(60), result.StopDate - result.StartDate);
        Assert.Equal("ExecutionTimedOut", result.History[^1].Type);
    }

    [Fact]
    public void Stop_RunningExecution_AbortedAndTaskCancelled()
    {
        var scheduler = new Scheduler(DateTimeOffset.UnixEpoch);
        var spy = new IntegrationSpy(_ => { });
        var engine = new StepFunctionsEngine(scheduler, new SeededRandom(1), [spy]);
        var execution = engine.Start(StateMachine.Parse("""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::ecs:runTask.sync","End":true}}}
            """), null);
        var completed = 0;
        execution.Completed += (_, _) => completed++;
        scheduler.Schedule(TimeSpan.FromSeconds(10), () => execution.Stop("User.Stop", "operator"));
        scheduler.Run();

        Assert.Equal(ExecutionStatus.Aborted, execution.Status);
        Assert.Equal(("User.Stop", "operator"), (execution.Error, execution.Cause));
        Assert.Equal(TaskCancellationReason.ExecutionStopped, Assert.Single(spy.Cancellations).Reason);
        Assert.Equal("ExecutionAborted", execution.History[^1].Type);
        Assert.Equal(1, completed);
        Assert.Equal(0, engine.RunningCount);
    }

    [Fact]
    public void Run_InfiniteLoop_FailsAtEvent25000WithAwsCause()
    {
        // Recorded from AWS (floci-io/floci#2734): event 25000 is ExecutionFailed, States.Runtime,
        // "The execution reached the maximum number of history events (25000).", previousEventId 24999.
        var result = Run.Definition("""
            {"StartAt":"Loop","States":{"Loop":{"Type":"Choice","Choices":[{"Variable":"$.spin","BooleanEquals":true,"Next":"Loop"}],"Default":"End"},
              "End":{"Type":"Succeed"}}}
            """, """{"spin":true}""");

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("States.Runtime", result.Error);
        Assert.Equal("The execution reached the maximum number of history events (25000).", result.Cause);
        Assert.Equal(25_000, result.History.Count);
        Assert.Equal((25_000L, 24_999L), (result.History[^1].Id, result.History[^1].PreviousEventId));
        Assert.Equal("ChoiceStateExited", result.History[^2].Type);
    }

    [Fact]
    public void Run_TaskResultOverDataLimit_CatchableNamingTheService()
    {
        // Recorded on AWS (LocalStack's test_service_task_lambada_catch_state_all_data_limit_exceeded
        // snapshot): a lambda:invoke result over 256 KiB is caught by States.ALL; the cause names 'lambda'.
        var big = new string('x', 262_144);
        var result = Run.Definition("""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
              "Catch":[{"ErrorEquals":["States.ALL"],"Next":"C"}],"End":true},"C":{"Type":"Succeed"}}}
            """, "{}", new Dictionary<string, string> { ["T"] = "{\"0\":{\"Return\":\"" + big + "\"}}" });

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal("""{"Error":"States.DataLimitExceeded","Cause":"The state/task 'lambda' returned a result with a size exceeding the maximum number of bytes service limit."}""",
            result.Output?.ToJsonString(Orchestrator.States.Paths.PathErrors.CauseJson));
    }

    [Fact]
    public void Run_StateOutputOverDataLimit_DataLimitExceededUncatchable()
    {
        var result = Run.Definition("""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
              "ResultSelector":{"a.$":"$","b.$":"$"},
              "Catch":[{"ErrorEquals":["States.ALL"],"Next":"C"}],"End":true},"C":{"Type":"Succeed"}}}
            """, "{}", new Dictionary<string, string> { ["T"] = "{\"0\":{\"Return\":\"" + new string('x', 140_000) + "\"}}" });

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("States.DataLimitExceeded", result.Error);
        Assert.Equal("The state/task 'T' returned a result with a size exceeding the maximum number of bytes service limit.", result.Cause);
    }

    [Fact]
    public void Run_TaskInputAfterParametersOverLimit_DataLimitExceeded()
    {
        var big = new string('x', 200_000);
        var result = Run.Definition("""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
              "Parameters":{"a.$":"$.s","b.$":"$.s"},"End":true}}}
            """, new JsonObject { ["s"] = big }.ToJsonString(), new Dictionary<string, string> { ["T"] = """{"0":{"Return":1}}""" });

        Assert.Equal("States.DataLimitExceeded", result.Error);
    }

    [Fact]
    public void Run_OutputJustUnderLimit_Succeeds()
    {
        var text = new string('x', 262_144 - 2);
        var result = Run.Definition("""{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}""", JsonValue.Create(text).ToJsonString());
        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
    }

    [Fact]
    public void Run_SameSeedTwice_IdenticalHistory()
    {
        var definition = """
            {"StartAt":"M","States":{"M":{"Type":"Map","MaxConcurrency":3,"ItemProcessor":{"StartAt":"T","States":{
              "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"u.$":"States.UUID()","t.$":"$$.Task.Token"},
                "Retry":[{"ErrorEquals":["States.ALL"],"JitterStrategy":"FULL","MaxAttempts":5}],"End":true}}},"End":true}}}
            """;
        var mocks = new Dictionary<string, string> { ["T"] = """{"0-6":{"Throw":{"Error":"E"}},"7-30":{"Return":1}}""" };
        string History(long seed) => string.Join("\n", Run.Definition(definition, "[1,2,3,4,5]", mocks, seed: seed).History.Select(e => e.ToJson().ToJsonString()));

        Assert.Equal(History(42), History(42));
        Assert.NotEqual(History(42), History(43));
    }

    [Fact]
    public void Run_ContextObject_HasAwsFields()
    {
        var result = Run.Definition("""
            {"StartAt":"P","States":{"P":{"Type":"Pass","Parameters":{"c.$":"$$"},"End":true}}}
            """, """{"in":1}""");
        var c = result.Output!["c"]!;

        Assert.Equal("arn:aws:states:us-east-1:123456789012:execution:LocalStateMachine:local-execution", (string?)c["Execution"]!["Id"]);
        Assert.Equal("""{"in":1}""", Run.Json(c["Execution"]!["Input"]));
        Assert.Equal("2026-01-01T00:00:00.000Z", (string?)c["Execution"]!["StartTime"]);
        Assert.Equal(0, (int)c["Execution"]!["RedriveCount"]!);
        Assert.Equal("P", (string?)c["State"]!["Name"]);
        Assert.Equal(0, (int)c["State"]!["RetryCount"]!);
        Assert.Equal("LocalStateMachine", (string?)c["StateMachine"]!["Name"]);
    }

    [Fact]
    public void Run_FailStateWithPaths_ErrorAndCauseFromInput()
    {
        var result = Run.Definition("""
            {"StartAt":"F","States":{"F":{"Type":"Fail","ErrorPath":"$.e","CausePath":"States.Format('code {}', $.c)"}}}
            """, """{"e":"My.Error","c":7}""");

        Assert.Equal(("My.Error", "code 7"), (result.Error, result.Cause));
        Assert.Equal(["ExecutionStarted", "FailStateEntered", "ExecutionFailed"], Run.Types(result));
    }

    [Fact]
    public void Run_HistoryEventJson_MatchesApiShape()
    {
        var result = Run.Definition("""{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}""", """{"a":1}""");
        var entered = result.History[1].ToJson();

        Assert.Equal("PassStateEntered", (string?)entered["type"]);
        Assert.Equal(2, (long)entered["id"]!);
        Assert.Equal(1, (long)entered["previousEventId"]!);
        Assert.Equal("P", (string?)entered["stateEnteredEventDetails"]!["name"]);
        Assert.Equal("""{"a":1}""", (string?)entered["stateEnteredEventDetails"]!["input"]);
        Assert.False((bool)entered["stateEnteredEventDetails"]!["inputDetails"]!["truncated"]!);
    }

    [Fact]
    public void Start_ManyExecutionsOnOneScheduler_Interleave()
    {
        var scheduler = new Scheduler(DateTimeOffset.UnixEpoch);
        var engine = new StepFunctionsEngine(scheduler, new SeededRandom(3));
        var machine = StateMachine.Parse("""{"StartAt":"W","States":{"W":{"Type":"Wait","SecondsPath":"$","End":true}}}""");
        var executions = Enumerable.Range(1, 5).Select(i => engine.Start(machine, JsonValue.Create(10 * (6 - i)), new ExecutionOptions { Name = $"e{i}" })).ToList();

        Assert.Equal(5, engine.RunningCount);
        scheduler.Run();

        Assert.All(executions, e => Assert.Equal(ExecutionStatus.Succeeded, e.Status));
        Assert.Equal([50.0, 40.0, 30.0, 20.0, 10.0], executions.Select(e => (e.StopDate!.Value - e.StartDate).TotalSeconds).ToArray());
    }

    [Fact]
    public void Run_StateTransitions_CountRetries()
    {
        var scheduler = new Scheduler(DateTimeOffset.UnixEpoch);
        var spy = new IntegrationSpy(i => i.Fail("E", null));
        var engine = new StepFunctionsEngine(scheduler, new SeededRandom(3), [spy]);
        var execution = engine.Start(StateMachine.Parse("""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage","Retry":[{"ErrorEquals":["E"],"MaxAttempts":2}],"End":true}}}
            """), null);
        scheduler.Run();

        Assert.Equal(3, execution.StateTransitions);
        Assert.Equal(3, spy.Invocations.Count);
    }
}
