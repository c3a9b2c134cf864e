using System.Text.Json.Nodes;
using Orchestrator.States.Paths;

namespace Orchestrator.States.Tests.Paths;

public class PathErrorsTests
{
    [Fact]
    public void FieldPathNotFound_EmptyInput_MatchesRecordedAwsCause()
    {
        // Recorded AWS ExecutionFailed cause (Glue StartJobRun), after the "An error occurred while executing the state" prefix.
        Assert.Equal(
            "The JSONPath '$.JobName' specified for the field 'JobName.$' could not be found in the input '{}'",
            PathErrors.FieldPathNotFound("$.JobName", "JobName.$", new JsonObject()));
    }

    [Fact]
    public void InvalidPath_MissingLeaf_UsesJaywayNoResultsWording()
    {
        // AWS InputPath failure as quoted from the console: "Invalid path '$.x' : No results for path: $['x']".
        var path = JsonPathExpression.Parse("$.x");
        Assert.Equal("Invalid path '$.x' : No results for path: $['x']", PathErrors.InvalidPath(path, JsonNode.Parse("{}")));
    }

    [Fact]
    public void InvalidPath_MissingIntermediate_UsesJaywayMissingPropertyWording()
    {
        var path = JsonPathExpression.Parse("$.a.b.c");
        Assert.Equal("Invalid path '$.a.b.c' : Missing property in path $['a']", PathErrors.InvalidPath(path, JsonNode.Parse("{}")));
    }

    [Theory]
    [InlineData("$.a.b[0]", "$['a']['b'][0]")]
    [InlineData("$['a b'].c", "$['a b']['c']")]
    [InlineData("$$.Map.Item.Value", "$$['Map']['Item']['Value']")]
    [InlineData("$", "$")]
    [InlineData("$.a.length()", "$['a'].length()")]
    public void Normalized_AnyDefinitePath_PrintsBracketForm(string path, string expected)
    {
        Assert.Equal(expected, PathErrors.Normalized(JsonPathExpression.Parse(path)));
    }

    [Fact]
    public void Json_AnyNode_PrintsCompactWithoutEscaping()
    {
        Assert.Equal("""{"a":"é<b>","n":1.50}""", PathErrors.Json(JsonNode.Parse("""{"a": "é<b>", "n": 1.50}""")));
        Assert.Equal("null", PathErrors.Json(null));
    }
}
