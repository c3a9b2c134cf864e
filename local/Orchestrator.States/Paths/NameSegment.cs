using System.Text.Json.Nodes;

namespace Orchestrator.States.Paths;

/// <summary><c>.name</c> or <c>['name']</c>: the member of an object with that exact name.</summary>
internal sealed class NameSegment(string name) : PathSegment
{
    public string Name { get; } = name;

    public override bool IsDefinite => true;

    public override void Select(JsonNode? node, JsonNode? root, List<JsonNode?> output)
    {
        if (TrySelectOne(node, out var result))
        {
            output.Add(result);
        }
    }

    public override bool TrySelectOne(JsonNode? node, out JsonNode? result)
    {
        if (node is JsonObject obj && obj.TryGetPropertyValue(Name, out result))
        {
            return true;
        }

        result = null;
        return false;
    }
}
