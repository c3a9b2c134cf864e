using System.Text.Json.Nodes;

namespace Orchestrator.States.Paths;

/// <summary>
/// <c>['a','b']</c>: several members of an object. As the last step of a path Jayway merges them
/// into one object holding just those members (a definite result); in the middle of a path each
/// present member is visited in turn.
/// </summary>
internal sealed class NameUnionSegment(IReadOnlyList<string> names) : PathSegment
{
    public IReadOnlyList<string> Names { get; } = names;

    public override bool IsDefinite => false;

    public override void Select(JsonNode? node, JsonNode? root, List<JsonNode?> output)
    {
        if (node is not JsonObject obj)
        {
            return;
        }

        foreach (var name in Names)
        {
            if (obj.TryGetPropertyValue(name, out var value))
            {
                output.Add(value);
            }
        }
    }

    /// <summary>The leaf form: a new object with the members that exist (missing ones left out, as Jayway does).</summary>
    public JsonObject? Merge(JsonNode? node)
    {
        if (node is not JsonObject obj)
        {
            return null;
        }

        var merged = new JsonObject();
        foreach (var name in Names)
        {
            if (obj.TryGetPropertyValue(name, out var value))
            {
                merged[name] = value?.DeepClone();
            }
        }

        return merged;
    }
}
