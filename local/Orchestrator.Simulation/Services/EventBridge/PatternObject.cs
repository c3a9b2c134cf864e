using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.EventBridge;

/// <summary>
/// One object level of a parsed event pattern: leaf fields (value arrays), nested objects, and
/// <c>$or</c> groups. Every field and every group must match (AND).
/// </summary>
/// <remarks>
/// A nested pattern against an event array of objects matches when one element matches the whole
/// nested pattern (AWS keeps array elements consistent). A nested pattern against an absent field or
/// a scalar is matched against an empty object, so only <c>exists: false</c> leaves can pass there.
/// </remarks>
internal sealed class PatternObject
{
    private static readonly JsonObject Empty = [];

    public Dictionary<string, IReadOnlyList<ValueMatcher>> Leaves { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, PatternObject> Objects { get; } = new(StringComparer.Ordinal);

    public List<IReadOnlyList<PatternObject>> Ors { get; } = [];

    public bool Matches(JsonObject evt)
    {
        foreach (var (name, matchers) in Leaves)
        {
            var present = evt.TryGetPropertyValue(name, out var value);
            if (!matchers.Any(m => m.MatchesField(present, value)))
            {
                return false;
            }
        }

        foreach (var (name, child) in Objects)
        {
            evt.TryGetPropertyValue(name, out var value);
            var matched = value switch
            {
                JsonObject obj => child.Matches(obj),
                JsonArray array => array.OfType<JsonObject>().Any(child.Matches),
                _ => child.Matches(Empty),
            };
            if (!matched)
            {
                return false;
            }
        }

        return Ors.All(group => group.Any(p => p.Matches(evt)));
    }
}
