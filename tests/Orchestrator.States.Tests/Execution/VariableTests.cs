using Orchestrator.States.Execution;

namespace Orchestrator.States.Tests.Execution;

/// <summary>
/// Workflow variables (JSONPath <c>Assign</c>, <c>$name</c>) beyond the recorded cases: scope rules
/// (AWS "Passing data between states with variables": inner Map/Parallel scopes read outer variables,
/// their own disappear with them; LocalStack's AWS-validated VariableStore refuses writing an outer
/// variable from inside), evaluation order and the per-state size limit.
/// </summary>
public class VariableTests
{
    [Fact]
    public void Assign_SameState_SeesValuesFromBeforeTheState()
    {
        var result = Run.Definition("""
            {"StartAt":"A","States":{
              "A":{"Type":"Pass","Assign":{"x":1},"Next":"B"},
              "B":{"Type":"Pass","Assign":{"x":2,"old.$":"$x"},"Next":"C"},
              "C":{"Type":"Pass","Parameters":{"x.$":"$x","old.$":"$old"},"End":true}}}
            """);

        Assert.Equal("""{"x":2,"old":1}""", Run.Json(result.Output));
    }

    [Fact]
    public void Assign_InsideMapIteration_GoneAfterTheMap()
    {
        var result = Run.Definition("""
            {"StartAt":"M","States":{
              "M":{"Type":"Map","ItemProcessor":{"StartAt":"I","States":{"I":{"Type":"Pass","Assign":{"inner.$":"$"},"End":true}}},"Next":"After"},
              "After":{"Type":"Pass","Parameters":{"v.$":"$inner"},"End":true}}}
            """, "[1,2]");

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("States.Runtime", result.Error);
        Assert.Contains("$inner", result.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void Assign_InnerScopeWritingOuterVariable_FailsStatesRuntime()
    {
        var result = Run.Definition("""
            {"StartAt":"A","States":{
              "A":{"Type":"Pass","Assign":{"x":1},"Next":"P"},
              "P":{"Type":"Parallel","Branches":[{"StartAt":"B","States":{"B":{"Type":"Pass","Assign":{"x":2},"End":true}}}],"End":true}}}
            """);

        Assert.Equal("States.Runtime", result.Error);
        Assert.Contains("Cannot bind value '2' to variable 'x' as it belongs to an outer scope.", result.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void Assign_SiblingBranches_DoNotSeeEachOther()
    {
        var result = Run.Definition("""
            {"StartAt":"P","States":{"P":{"Type":"Parallel","End":true,"Branches":[
              {"StartAt":"B1","States":{"B1":{"Type":"Pass","Assign":{"mine":1},"Next":"W1"},"W1":{"Type":"Wait","Seconds":1,"End":true}}},
              {"StartAt":"B2","States":{"B2":{"Type":"Wait","Seconds":2,"Next":"R2"},"R2":{"Type":"Pass","InputPath":"$mine","End":true}}}]}}}
            """);

        Assert.Equal("States.Runtime", result.Error);
        Assert.Contains("$mine", result.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void Assign_InCatcher_ReadsTheErrorOutput()
    {
        var result = Run.Definition("""
            {"StartAt":"T","States":{
              "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","End":true,
                   "Catch":[{"ErrorEquals":["States.ALL"],"Assign":{"why.$":"$.Cause"},"Next":"C"}]},
              "C":{"Type":"Pass","OutputPath":"$why","End":true}}}
            """, "{}", new Dictionary<string, string> { ["T"] = """{"0":{"Throw":{"Error":"E","Cause":"broken"}}}""" });

        Assert.Equal("\"broken\"", Run.Json(result.Output));
    }

    [Fact]
    public void Assign_TaskResult_SeenBeforeResultPath()
    {
        var result = Run.Definition("""
            {"StartAt":"T","States":{
              "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","ResultSelector":{"n.$":"$.v"},
                   "Assign":{"got.$":"$.n"},"ResultPath":"$.r","Next":"U"},
              "U":{"Type":"Pass","Parameters":{"got.$":"$got"},"End":true}}}
            """, "{}", new Dictionary<string, string> { ["T"] = """{"0":{"Return":{"v":7}}}""" });

        Assert.Equal("""{"got":7}""", Run.Json(result.Output));
    }

    [Fact]
    public void Assign_Over256KiB_DataLimitExceeded()
    {
        var result = Run.Definition("""
            {"StartAt":"A","States":{"A":{"Type":"Pass","Assign":{"a.$":"$.s","b.$":"$.s"},"End":true}}}
            """, "{\"s\":\"" + new string('x', 140_000) + "\"}");

        Assert.Equal("States.DataLimitExceeded", result.Error);
    }
}
