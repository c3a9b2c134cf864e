using System.Text.Json.Nodes;

namespace Orchestrator.States.Paths;

/// <summary>
/// <c>..</c> followed by a step (<c>..name</c>, <c>..*</c>, <c>..[0]</c>): applies that step to the node
/// and to every node below it, visiting the tree depth first in document order.
/// </summary>
internal sealed class DescendantSegment(PathSegment inner) : PathSegment
{
    public override bool IsDefinite => false;

    public override void Select(JsonNode? node, JsonNode? root, List<JsonNode?> output)
    {
        inner.Select(node, root, output);
        switch (node)
        {
            case JsonObject obj:
                foreach (var member in obj)
                {
                    Select(member.Value, root, output);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Select(item, root, output);
                }

                break;
        }
    }
}
