using Orchestrator.States.Execution;

namespace Orchestrator.States.Tests.Execution;

/// <summary>
/// The context object's <c>$$.Execution.Input</c> (AWS docs, "Accessing execution data from the Context
/// object") stays readable in every form, although the engine leaves the input out of <c>$$</c> for
/// states whose context paths cannot reach it.
/// </summary>
public class ContextInputTests
{
    [Theory]
    [InlineData("\"$$.Execution.Input.n\"", "7")]
    [InlineData("\"$$.Execution.Input\"", """{"n":7,"items":[1,2]}""")]
    [InlineData("\"$$.Execution\"", null)]
    [InlineData("\"States.JsonToString($$.Execution.Input.n)\"", "\"7\"")]
    public void Pass_ContextPathReachingTheInput_ReadsIt(string path, string? expected)
    {
        var result = Run.Definition($$$$"""
            {"StartAt":"P","States":{"P":{"Type":"Pass","Parameters":{"v.$":{{{{path}}}},"s.$":"$$.State.Name"},"End":true}}}
            """, """{"n":7,"items":[1,2]}""");

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        var value = result.Output!["v"]!;
        if (expected is null)
        {
            Assert.Equal("""{"n":7,"items":[1,2]}""", Run.Json(value["Input"]));
        }
        else
        {
            Assert.Equal(expected, Run.Json(value));
        }
    }

    [Fact]
    public void Map_ItemSelectorReadingInputAndItem_GetsBoth()
    {
        var result = Run.Definition("""
            {"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items",
              "ItemSelector":{"item.$":"$$.Map.Item.Value","n.$":"$$.Execution.Input.n"},
              "ItemProcessor":{"StartAt":"I","States":{"I":{"Type":"Pass","End":true}}},"End":true}}}
            """, """{"n":7,"items":[1,2]}""");

        Assert.Equal("""[{"item":1,"n":7},{"item":2,"n":7}]""", Run.Json(result.Output));
    }

    [Fact]
    public void Pass_ContextPathsNotReachingTheInput_StillRead()
    {
        var result = Run.Definition("""
            {"StartAt":"P","States":{"P":{"Type":"Pass","Parameters":{"name.$":"$$.State.Name","retries.$":"$$.State.RetryCount"},"End":true}}}
            """, """{"n":7}""");

        Assert.Equal("""{"name":"P","retries":0}""", Run.Json(result.Output));
    }
}
