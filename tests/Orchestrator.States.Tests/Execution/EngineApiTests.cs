using System.Text.Json.Nodes;
using Orchestrator.States.Execution;
using Orchestrator.States.Integrations;
using Orchestrator.States.Model;
using Orchestrator.States.Timing;

namespace Orchestrator.States.Tests.Execution;

public class EngineApiTests
{
    [Fact]
    public void Stop_DuringMap_CancelsEveryRunningIteration()
    {
        var scheduler = new Scheduler(DateTimeOffset.UnixEpoch);
        var spy = new IntegrationSpy(_ => { });
        var engine = new StepFunctionsEngine(scheduler, new SeededRandom(1), [spy]);
        var execution = engine.Start(StateMachine.Parse("""
            {"StartAt":"M","States":{"M":{"Type":"Map","MaxConcurrency":2,"ItemProcessor":{"StartAt":"T","States":{
              "T":{"Type":"Task","Resource":"arn:aws:states:::ecs:runTask.sync","End":true}}},"End":true}}}
            """), JsonNode.Parse("[1,2,3]"));

        Assert.Equal(2, spy.Invocations.Count);
        execution.Stop();

        Assert.Equal(ExecutionStatus.Aborted, execution.Status);
        Assert.Equal(2, spy.Cancellations.Count);
        Assert.All(spy.Cancellations, c => Assert.Equal(TaskCancellationReason.ExecutionStopped, c.Reason));
        scheduler.Run();
        Assert.Equal(2, spy.Invocations.Count);
    }

    [Fact]
    public void Stop_FinishedExecution_DoesNothing()
    {
        var engine = new StepFunctionsEngine(new Scheduler(DateTimeOffset.UnixEpoch), new SeededRandom(1));
        var execution = engine.Start(StateMachine.Parse("""{"StartAt":"S","States":{"S":{"Type":"Succeed"}}}"""), null);

        execution.Stop("X", "y");

        Assert.Equal(ExecutionStatus.Succeeded, execution.Status);
        Assert.Equal("ExecutionSucceeded", execution.History[^1].Type);
    }

    [Fact]
    public void Answer_AfterTimeout_Ignored()
    {
        TaskInvocation? call = null;
        var scheduler = new Scheduler(DateTimeOffset.UnixEpoch);
        var engine = new StepFunctionsEngine(scheduler, new SeededRandom(1), [new IntegrationSpy(i => call = i)]);
        var execution = engine.Start(StateMachine.Parse("""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::ecs:runTask.sync","TimeoutSeconds":5,"End":true}}}
            """), null);
        scheduler.Run();
        var events = execution.History.Count;

        call!.Succeed(JsonNode.Parse("{}"));

        Assert.True(call.IsCancelled);
        Assert.Equal(ExecutionStatus.Failed, execution.Status);
        Assert.Equal(events, execution.History.Count);
    }

    [Fact]
    public void Start_SameNameTwice_ExecutionAlreadyExists()
    {
        var engine = new StepFunctionsEngine(new Scheduler(DateTimeOffset.UnixEpoch), new SeededRandom(1));
        var machine = StateMachine.Parse("""{"StartAt":"S","States":{"S":{"Type":"Succeed"}}}""");
        var first = engine.Start(machine, null, new ExecutionOptions { Name = "n" });

        Assert.Equal("ExecutionAlreadyExists", Assert.Throws<StatesException>(() => engine.Start(machine, null, new ExecutionOptions { Name = "n" })).Error);
        Assert.Same(first, engine.Executions[first.Arn]);
    }

    [Fact]
    public void Start_WithoutName_GetsDistinctUuidNames()
    {
        var engine = new StepFunctionsEngine(new Scheduler(DateTimeOffset.UnixEpoch), new SeededRandom(1));
        var machine = StateMachine.Parse("""{"StartAt":"S","States":{"S":{"Type":"Succeed"}}}""");
        var a = engine.Start(machine, null);
        var b = engine.Start(machine, null);

        Assert.NotEqual(a.Name, b.Name);
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", a.Name);
    }

    [Fact]
    public void SendTaskSuccess_UnknownToken_TaskDoesNotExist()
    {
        var engine = new StepFunctionsEngine(new Scheduler(DateTimeOffset.UnixEpoch), new SeededRandom(1));
        Assert.Equal("TaskDoesNotExist", Assert.Throws<StatesException>(() => engine.SendTaskSuccess("nope", null)).Error);
    }

    [Fact]
    public void Start_IntegrationStartsAnotherExecution_BothRun()
    {
        var scheduler = new Scheduler(DateTimeOffset.UnixEpoch);
        var child = StateMachine.Parse("""{"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":5,"End":true}}}""");
        StepFunctionsEngine? engine = null;
        var starter = new IntegrationSpy(i =>
        {
            var started = engine!.Start(child, i.Parameters, new ExecutionOptions { Name = "child" });
            started.Completed += (_, _) => i.Succeed(JsonNode.Parse("""{"Status":"SUCCEEDED"}"""));
        });
        engine = new StepFunctionsEngine(scheduler, new SeededRandom(1), [starter]);
        var parent = engine.Start(StateMachine.Parse("""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::states:startExecution.sync:2","End":true}}}
            """), JsonNode.Parse("{}"));
        scheduler.Run();

        Assert.Equal(ExecutionStatus.Succeeded, parent.Status);
        Assert.Equal(TimeSpan.FromSeconds(5), parent.StopDate - parent.StartDate);
        Assert.Equal(0, engine.RunningCount);
    }

    [Fact]
    public void MapHistory_IterationEventsChainFromTheirStart()
    {
        var result = Run.Definition("""
            {"StartAt":"M","States":{"M":{"Type":"Map","Iterator":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}}
            """, "[1,2]");
        var history = result.History;
        foreach (var started in history.Where(e => e.Type == "MapIterationStarted"))
        {
            var entered = history.Single(e => e.Type == "PassStateEntered" && e.PreviousEventId == started.Id);
            var exited = history.Single(e => e.Type == "PassStateExited" && e.PreviousEventId == entered.Id);
            var succeeded = history.Single(e => e.Type == "MapIterationSucceeded" && e.Index == started.Index);
            Assert.Equal(exited.Id, succeeded.PreviousEventId);
        }

        Assert.Equal(history.Count - 1, history[^1].PreviousEventId);
    }
}
