using System.Text.Json.Nodes;

namespace Orchestrator.States.Paths;

/// <summary><c>[0,2,-1]</c>: the listed array elements in the order given; missing ones are skipped.</summary>
internal sealed class IndexUnionSegment(IReadOnlyList<int> indexes) : PathSegment
{
    public override bool IsDefinite => false;

    public override void Select(JsonNode? node, JsonNode? root, List<JsonNode?> output)
    {
        if (node is not JsonArray array)
        {
            return;
        }

        foreach (var index in indexes)
        {
            var i = index < 0 ? array.Count + index : index;
            if (i >= 0 && i < array.Count)
            {
                output.Add(array[i]);
            }
        }
    }
}
