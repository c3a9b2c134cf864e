using System.Text.Json.Nodes;
using Orchestrator.States.Paths;

namespace Orchestrator.States.Tests.Paths;

/// <summary>Compares JSON structurally and shows both sides when they differ.</summary>
internal static class JsonAssert
{
    public static void Equal(string expectedJson, JsonNode? actual)
    {
        var expected = JsonNode.Parse(expectedJson);
        Assert.True(
            JsonNode.DeepEquals(expected, actual),
            $"Expected {expected?.ToJsonString() ?? "null"} but got {actual?.ToJsonString() ?? "null"}");
    }

    /// <summary>Exact text comparison: also checks number formatting (1 vs 1.0) and member order.</summary>
    public static void Text(string expectedCompactJson, JsonNode? actual) =>
        Assert.Equal(expectedCompactJson, PathErrors.Json(actual));
}
