using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.EventBridge;

/// <summary>
/// One element of a pattern's value array: a test on a single event value, or an <c>exists</c> test
/// on the field itself. The elements of one array are alternatives (OR).
/// </summary>
/// <param name="Description">The pattern element as written, for error messages.</param>
/// <param name="Test">The test on one event value (never called for <c>exists</c>).</param>
/// <param name="Exists">For <c>{"exists": …}</c>: whether the field must be present; else null.</param>
internal sealed record ValueMatcher(string Description, Func<JsonNode?, bool> Test, bool? Exists = null)
{
    /// <summary>
    /// Whether the field matches: an absent field matches only <c>exists: false</c>; a present one
    /// matches <c>exists: true</c> when it is a leaf (AWS: "exists matching only works on leaf nodes"),
    /// and any other test when one of its values (an array's elements, else the value) passes it.
    /// </summary>
    public bool MatchesField(bool present, JsonNode? value)
    {
        if (Exists is { } mustExist)
        {
            return mustExist ? present && value is not JsonObject : !present;
        }

        if (!present)
        {
            return false;
        }

        return value is JsonArray array ? array.Any(Test) : Test(value);
    }
}
