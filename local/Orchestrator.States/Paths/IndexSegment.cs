using System.Text.Json.Nodes;

namespace Orchestrator.States.Paths;

/// <summary><c>[n]</c>: one array element; a negative index counts from the end (Jayway: <c>[-1]</c> is the last).</summary>
internal sealed class IndexSegment(int index) : PathSegment
{
    public int Index { get; } = index;

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
        if (node is JsonArray array)
        {
            var i = Index < 0 ? array.Count + Index : Index;
            if (i >= 0 && i < array.Count)
            {
                result = array[i];
                return true;
            }
        }

        result = null;
        return false;
    }
}
