using Orchestrator.States.Execution;
using Orchestrator.States.Integrations;

namespace Orchestrator.States.Tests.Execution;

public class ParallelMapTests
{
    [Fact]
    public void Run_Parallel_ResultsInBranchOrder()
    {
        var result = Run.Definition("""
            {"StartAt":"P","States":{"P":{"Type":"Parallel","Branches":[
              {"StartAt":"Slow","States":{"Slow":{"Type":"Wait","Seconds":5,"Next":"A"},"A":{"Type":"Pass","Result":"a","End":true}}},
              {"StartAt":"B","States":{"B":{"Type":"Pass","Result":"b","End":true}}}],
              "ResultPath":"$.r","End":true}}}
            """, """{"x":1}""");

        Assert.Equal("""{"x":1,"r":["a","b"]}""", Run.Json(result.Output));
        Assert.Equal(["ExecutionStarted", "ParallelStateEntered", "ParallelStateStarted", "WaitStateEntered", "PassStateEntered", "PassStateExited",
            "WaitStateExited", "PassStateEntered", "PassStateExited", "ParallelStateSucceeded", "ParallelStateExited", "ExecutionSucceeded"], Run.Types(result));
        var started = result.History.Single(e => e.Type == "ParallelStateStarted");
        Assert.All(result.History.Where(e => e.Type is "WaitStateEntered" || (e.Type == "PassStateEntered" && e.Id == 5)),
            e => Assert.Equal(started.Id, e.PreviousEventId));
    }

    [Fact]
    public void Run_ParallelBranchFails_StateFailsWithBranchErrorAndSiblingStopped()
    {
        var spy = new IntegrationSpy(_ => { });
        var result = Run.Definition("""
            {"StartAt":"P","States":{"P":{"Type":"Parallel","Branches":[
              {"StartAt":"Long","States":{"Long":{"Type":"Task","Resource":"arn:aws:states:::ecs:runTask.sync","End":true}}},
              {"StartAt":"F","States":{"F":{"Type":"Fail","Error":"Branch.Error","Cause":"bad"}}}],
              "Catch":[{"ErrorEquals":["Branch.Error"],"Next":"Done","ResultPath":"$.e"}],"End":true},"Done":{"Type":"Succeed"}}}
            """, "{}", integrations: [spy]);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal("""{"e":{"Error":"Branch.Error","Cause":"bad"}}""", Run.Json(result.Output));
        Assert.Equal(TaskCancellationReason.BranchAborted, Assert.Single(spy.Cancellations).Reason);
        Assert.Contains("ParallelStateFailed", Run.Types(result));
    }

    [Fact]
    public void Run_Map_ItemSelectorWithContextAndOrderedResults()
    {
        var result = Run.Definition("""
            {"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items","MaxConcurrency":2,
              "ItemSelector":{"i.$":"$$.Map.Item.Index","v.$":"$$.Map.Item.Value","k.$":"$.k"},
              "ItemProcessor":{"StartAt":"W","States":{"W":{"Type":"Wait","SecondsPath":"$.v","End":true}}},"End":true}}}
            """, """{"k":"K","items":[3,1,2]}""");

        Assert.Equal("""[{"i":0,"v":3,"k":"K"},{"i":1,"v":1,"k":"K"},{"i":2,"v":2,"k":"K"}]""", Run.Json(result.Output));
        // Concurrency 2: items 0 (3 s) and 1 (1 s) start at once; item 2 (2 s) starts at 1 s, ends at 3 s.
        Assert.Equal(TimeSpan.FromSeconds(3), result.StopDate - result.StartDate);
        Assert.Equal(3, result.History.Single(e => e.Type == "MapStateStarted").Length);
        Assert.Equal([0, 1, 2], result.History.Where(e => e.Type == "MapIterationStarted").Select(e => e.Index!.Value).ToArray());
    }

    [Fact]
    public void Run_MapConcurrencyOne_RunsSequentially()
    {
        var result = Run.Definition("""
            {"StartAt":"M","States":{"M":{"Type":"Map","MaxConcurrency":1,
              "Iterator":{"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":2,"End":true}}},"End":true}}}
            """, "[1,2,3]");
        Assert.Equal(TimeSpan.FromSeconds(6), result.StopDate - result.StartDate);
    }

    [Fact]
    public void Run_MapUnlimited_AllAtOnce()
    {
        var result = Run.Definition("""
            {"StartAt":"M","States":{"M":{"Type":"Map",
              "Iterator":{"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":2,"End":true}}},"End":true}}}
            """, "[1,2,3]");
        Assert.Equal(TimeSpan.FromSeconds(2), result.StopDate - result.StartDate);
    }

    [Fact]
    public void Run_MapLegacyParameters_ActsAsItemSelector()
    {
        var result = Run.Definition("""
            {"StartAt":"M","States":{"M":{"Type":"Map","Parameters":{"v.$":"$$.Map.Item.Value"},
              "Iterator":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}}
            """, "[1,2]");
        Assert.Equal("""[{"v":1},{"v":2}]""", Run.Json(result.Output));
    }

    [Fact]
    public void Run_MapInputNotArray_RuntimeError()
    {
        var result = Run.Definition("""
            {"StartAt":"M","States":{"M":{"Type":"Map","Iterator":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}}
            """, """{"a":1}""");

        Assert.Equal("States.Runtime", result.Error);
        Assert.Contains("Map state input must be an array but was: {\"a\":1}", result.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MapEmptyArray_EmptyResult()
    {
        var result = Run.Definition("""
            {"StartAt":"M","States":{"M":{"Type":"Map","Iterator":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}}
            """, "[]");
        Assert.Equal("[]", Run.Json(result.Output));
    }

    [Fact]
    public void Run_MapIterationFails_MapFailsAndOthersAborted()
    {
        var result = Run.Definition("""
            {"StartAt":"M","States":{"M":{"Type":"Map","Iterator":{"StartAt":"C","States":{
              "C":{"Type":"Choice","Choices":[{"Variable":"$","NumericEquals":2,"Next":"F"}],"Default":"W"},
              "W":{"Type":"Wait","Seconds":10,"End":true},
              "F":{"Type":"Fail","Error":"Item.Bad","Cause":"two"}}},"End":true}}}
            """, "[1,2,3]");

        Assert.Equal(("Item.Bad", "two"), (result.Error, result.Cause));
        var types = Run.Types(result);
        Assert.Contains("MapIterationFailed", types);
        Assert.Equal(2, types.Count(t => t == "MapIterationAborted"));
        Assert.Contains("MapStateFailed", types);
        Assert.Equal(TimeSpan.Zero, result.StopDate - result.StartDate);
    }

    [Fact]
    public void Run_RuntimeErrorInBranch_ExecutionFailsUncaughtAndSiblingStopped()
    {
        var spy = new IntegrationSpy(_ => { });
        var result = Run.Definition("""
            {"StartAt":"P","States":{"P":{"Type":"Parallel","Branches":[
              {"StartAt":"Long","States":{"Long":{"Type":"Task","Resource":"arn:aws:states:::ecs:runTask.sync","End":true}}},
              {"StartAt":"Bad","States":{"Bad":{"Type":"Pass","InputPath":"$.nope","End":true}}}],
              "Catch":[{"ErrorEquals":["States.ALL"],"Next":"Done"}],"End":true},"Done":{"Type":"Succeed"}}}
            """, "{}", integrations: [spy]);

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("States.Runtime", result.Error);
        Assert.StartsWith("An error occurred while executing the state 'Bad'", result.Cause, StringComparison.Ordinal);
        Assert.Equal(TaskCancellationReason.BranchAborted, Assert.Single(spy.Cancellations).Reason);
    }
}
