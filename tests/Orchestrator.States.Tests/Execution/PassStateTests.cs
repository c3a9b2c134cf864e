using Orchestrator.States.Execution;

namespace Orchestrator.States.Tests.Execution;

public class PassStateTests
{
    [Fact]
    public void Run_PassWithResultAndResultPath_PlacesResultUnderPath()
    {
        // AWS docs (Pass state): Result is placed at ResultPath within the state's input.
        var result = Run.Definition("""
            {"StartAt":"P","States":{"P":{"Type":"Pass","Result":{"x":1},"ResultPath":"$.r","End":true}}}
            """, """{"a":"b"}""");

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal("""{"a":"b","r":{"x":1}}""", Run.Json(result.Output));
        Assert.Equal(["ExecutionStarted", "PassStateEntered", "PassStateExited", "ExecutionSucceeded"], Run.Types(result));
    }

    [Fact]
    public void Run_InputPathParametersOutputPath_AppliedInAwsOrder()
    {
        var result = Run.Definition("""
            {"StartAt":"P","States":{"P":{"Type":"Pass","InputPath":"$.in","Parameters":{"v.$":"$.value","k":"lit"},
              "ResultPath":"$.out","OutputPath":"$.out","End":true}}}
            """, """{"in":{"value":5},"other":1}""");

        Assert.Equal("""{"v":5,"k":"lit"}""", Run.Json(result.Output));
    }

    [Fact]
    public void Run_ResultPathNull_KeepsInput()
    {
        var result = Run.Definition("""
            {"StartAt":"P","States":{"P":{"Type":"Pass","Result":1,"ResultPath":null,"End":true}}}
            """, """{"a":1}""");

        Assert.Equal("""{"a":1}""", Run.Json(result.Output));
    }

    [Fact]
    public void Run_InputPathNull_GivesEmptyObject()
    {
        // AWS-FACTS: InputPath null gives {}.
        var result = Run.Definition("""
            {"StartAt":"P","States":{"P":{"Type":"Pass","InputPath":null,"End":true}}}
            """, """{"a":1}""");

        Assert.Equal("{}", Run.Json(result.Output));
    }

    [Fact]
    public void Run_InputPathMissing_FailsWithRuntimeErrorNamingStateAndEvent()
    {
        // Wording quoted from AWS console output: "An error occurred while executing the state 'X'
        // (entered at the event id #2). Invalid path '$.x' : No results for path: $['x']".
        var result = Run.Definition("""
            {"StartAt":"P","States":{"P":{"Type":"Pass","InputPath":"$.missing","End":true}}}
            """);

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("States.Runtime", result.Error);
        Assert.Equal("An error occurred while executing the state 'P' (entered at the event id #2). Invalid path '$.missing' : No results for path: $['missing']", result.Cause);
        Assert.Equal(["ExecutionStarted", "PassStateEntered", "ExecutionFailed"], Run.Types(result));
    }
}
