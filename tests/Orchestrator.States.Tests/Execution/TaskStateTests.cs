using System.Text.Json.Nodes;
using Orchestrator.States.Execution;
using Orchestrator.States.Integrations;
using Orchestrator.States.Model;
using Orchestrator.States.Timing;

namespace Orchestrator.States.Tests.Execution;

public class TaskStateTests
{
    private static string Task(string resource, string extra = "") =>
        "{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\",\"Resource\":\"" + resource + "\"" + extra + ",\"End\":true}}}";

    [Fact]
    public void Run_RequestResponseAnsweredLater_CompletesAtVirtualLatency()
    {
        var spy = new IntegrationSpy(i => i.Scheduler.Schedule(TimeSpan.FromSeconds(5), () => i.Succeed(JsonNode.Parse("""{"MessageId":"m1"}"""))));
        var result = Run.Definition(Task("arn:aws:states:::sqs:sendMessage", ""","Parameters":{"QueueUrl":"q","MessageBody.$":"$.body"}"""),
            """{"body":"hi"}""", integrations: [spy]);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal("""{"MessageId":"m1"}""", Run.Json(result.Output));
        Assert.Equal(TimeSpan.FromSeconds(5), result.StopDate - result.StartDate);
        var call = Assert.Single(spy.Invocations);
        Assert.Equal(("sqs", "sendMessage", IntegrationPattern.RequestResponse), (call.Resource.Service, call.Resource.Action, call.Resource.Pattern));
        Assert.Equal("""{"QueueUrl":"q","MessageBody":"hi"}""", Run.Json(call.Parameters));
        Assert.Equal(["ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSucceeded", "TaskStateExited", "ExecutionSucceeded"],
            Run.Types(result));
    }

    [Fact]
    public void Run_ResultSelectorResultPathOutputPath_AppliedToTaskResult()
    {
        var spy = new IntegrationSpy(i => i.Succeed(JsonNode.Parse("""{"Payload":{"n":3},"StatusCode":200}""")));
        var result = Run.Definition(Task("arn:aws:states:::lambda:invoke",
            ""","ResultSelector":{"n.$":"$.Payload.n"},"ResultPath":"$.res","OutputPath":"$.res" """), """{"x":1}""", integrations: [spy]);

        Assert.Equal("""{"n":3}""", Run.Json(result.Output));
    }

    [Fact]
    public void Run_SyncIntegration_SubmittedThenSucceededWhenResourceFinishes()
    {
        var spy = new IntegrationSpy(i =>
        {
            i.Submitted(JsonNode.Parse("""{"Tasks":[{"LastStatus":"PROVISIONING"}]}"""));
            i.Scheduler.Schedule(TimeSpan.FromMinutes(3), () => i.Succeed(JsonNode.Parse("""{"LastStatus":"STOPPED"}""")));
        });
        var result = Run.Definition(Task("arn:aws:states:::ecs:runTask.sync"), integrations: [spy]);

        Assert.Equal(IntegrationPattern.Sync, spy.Invocations[0].Resource.Pattern);
        Assert.Contains("TaskSubmitted", Run.Types(result));
        Assert.Equal(TimeSpan.FromMinutes(3), result.StopDate - result.StartDate);
        var scheduled = result.History.Single(e => e.Type == "TaskScheduled").ToJson()["taskScheduledEventDetails"]!;
        Assert.Equal("ecs", (string?)scheduled["resourceType"]);
        Assert.Equal("runTask.sync", (string?)scheduled["resource"]);
    }

    [Fact]
    public void Start_WaitForTaskToken_CompletesOnSendTaskSuccess()
    {
        var scheduler = new Scheduler(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var spy = new IntegrationSpy(i => i.Succeed(JsonNode.Parse("""{"MessageId":"m"}""")));
        var engine = new StepFunctionsEngine(scheduler, new SeededRandom(1), [spy]);
        var machine = StateMachine.Parse(Task("arn:aws:states:::sqs:sendMessage.waitForTaskToken",
            ""","Parameters":{"MessageBody":{"token.$":"$$.Task.Token"}}"""));

        var execution = engine.Start(machine, JsonNode.Parse("{}"));
        var token = spy.Invocations[0].TaskToken!;
        Assert.Equal(token, (string?)spy.Invocations[0].Parameters!["MessageBody"]!["token"]);
        Assert.Equal(ExecutionStatus.Running, execution.Status);
        scheduler.Schedule(TimeSpan.FromHours(2), () => engine.SendTaskSuccess(token, JsonNode.Parse("""{"done":true}""")));
        scheduler.Run();

        Assert.Equal(ExecutionStatus.Succeeded, execution.Status);
        Assert.Equal("""{"done":true}""", Run.Json(execution.Output));
        Assert.Equal(TimeSpan.FromHours(2), execution.StopDate - execution.StartDate);
        Assert.Contains("TaskSubmitted", execution.History.Select(e => e.Type));
        Assert.Throws<StatesException>(() => engine.SendTaskSuccess(token, null));
    }

    [Fact]
    public void Start_WaitForTaskToken_SendTaskFailureFailsTask()
    {
        var scheduler = new Scheduler(DateTimeOffset.UnixEpoch);
        var spy = new IntegrationSpy(i => i.Succeed(null));
        var engine = new StepFunctionsEngine(scheduler, new SeededRandom(1), [spy]);
        var execution = engine.Start(StateMachine.Parse(Task("arn:aws:states:::aws-sdk:sqs:sendMessage.waitForTaskToken")), null);

        engine.SendTaskFailure(spy.Invocations[0].TaskToken!, "Worker.Failed", "no luck");

        Assert.Equal(ExecutionStatus.Failed, execution.Status);
        Assert.Equal(("Worker.Failed", "no luck"), (execution.Error, execution.Cause));
    }

    [Fact]
    public void Run_TimeoutSeconds_TimesOutAndTellsIntegration()
    {
        var spy = new IntegrationSpy(_ => { });
        var result = Run.Definition(Task("arn:aws:states:::ecs:runTask.sync", ""","TimeoutSeconds":30"""), integrations: [spy]);

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("States.Timeout", result.Error);
        Assert.Equal(TimeSpan.FromSeconds(30), result.StopDate - result.StartDate);
        Assert.Equal(TaskCancellationReason.Timeout, Assert.Single(spy.Cancellations).Reason);
        Assert.Contains("TaskTimedOut", Run.Types(result));
    }

    [Fact]
    public void Run_TimeoutSecondsPath_ReadFromInput()
    {
        var result = Run.Definition(Task("arn:aws:states:::ecs:runTask.sync", ""","TimeoutSecondsPath":"$.t" """), """{"t":12}""",
            integrations: [new IntegrationSpy(_ => { })]);
        Assert.Equal(TimeSpan.FromSeconds(12), result.StopDate - result.StartDate);
        Assert.Equal(12, result.History.Single(e => e.Type == "TaskScheduled").TimeoutInSeconds);
    }

    [Fact]
    public void Run_HeartbeatMissed_HeartbeatTimeout()
    {
        var spy = new IntegrationSpy(i =>
        {
            i.Scheduler.Schedule(TimeSpan.FromSeconds(8), i.Heartbeat);
            i.Scheduler.Schedule(TimeSpan.FromSeconds(100), () => i.Succeed(null));
        });
        var result = Run.Definition(Task("arn:aws:states:::ecs:runTask.sync", ""","TimeoutSeconds":60,"HeartbeatSeconds":10"""), integrations: [spy]);

        Assert.Equal("States.HeartbeatTimeout", result.Error);
        Assert.Equal(TimeSpan.FromSeconds(18), result.StopDate - result.StartDate);
        Assert.Equal(TaskCancellationReason.HeartbeatTimeout, Assert.Single(spy.Cancellations).Reason);
    }

    [Fact]
    public void Run_IntegrationThrowsStatesException_TaskFailsWithItsError()
    {
        var spy = new IntegrationSpy(_ => throw new StatesException("Sqs.QueueDoesNotExistException", "The specified queue does not exist."));
        var result = Run.Definition(Task("arn:aws:states:::aws-sdk:sqs:receiveMessage"), integrations: [spy]);

        Assert.Equal(("Sqs.QueueDoesNotExistException", "The specified queue does not exist."), (result.Error, result.Cause));
        var failed = result.History.Single(e => e.Type == "TaskFailed").ToJson()["taskFailedEventDetails"]!;
        Assert.Equal("aws-sdk:sqs", (string?)failed["resourceType"]);
    }

    [Fact]
    public void Run_NoMockNoIntegration_FailsClearly()
    {
        var result = Run.Definition(Task("arn:aws:states:::ecs:runTask.sync"));

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("States.TaskFailed", result.Error);
        Assert.Contains("arn:aws:states:::ecs:runTask.sync", result.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_LambdaFunctionWithoutIntegration_ResourceNotFound()
    {
        var result = Run.Definition(Task("arn:aws:lambda:us-east-1:123456789012:function:missing"));

        Assert.Equal("Lambda.ResourceNotFoundException", result.Error);
        Assert.Equal(["ExecutionStarted", "TaskStateEntered", "LambdaFunctionScheduled", "LambdaFunctionStarted", "LambdaFunctionFailed", "ExecutionFailed"],
            Run.Types(result));
    }

    [Fact]
    public void Run_MockedLambdaInvoke_ReturnIsWholeResult()
    {
        var result = Run.Definition(Task("arn:aws:states:::lambda:invoke"), "{}",
            new Dictionary<string, string> { ["T"] = """{"0":{"Return":{"StatusCode":200,"Payload":{"x":1}}}}""" });
        Assert.Equal("""{"StatusCode":200,"Payload":{"x":1}}""", Run.Json(result.Output));
    }

    [Fact]
    public void Run_MockExhausted_TaskFailsNamingInvocation()
    {
        var result = Run.Definition(Task("arn:aws:states:::lambda:invoke", ""","Retry":[{"ErrorEquals":["States.ALL"]}]"""), "{}",
            new Dictionary<string, string> { ["T"] = """{"0":{"Throw":{"Error":"E","Cause":"c"}}}""" });

        Assert.Equal("States.TaskFailed", result.Error);
        Assert.Contains("answers 1 invocation(s); this is invocation 3", result.Cause, StringComparison.Ordinal);
    }
}
