using System.Text.Json.Nodes;
using Orchestrator.States.Paths.Filters;

namespace Orchestrator.States.Paths;

/// <summary>
/// <c>[?(condition)]</c>: the array elements for which the condition holds; applied to an object,
/// the object itself when it satisfies the condition (Jayway's behaviour).
/// </summary>
internal sealed class FilterSegment(FilterExpression filter) : PathSegment
{
    public override bool IsDefinite => false;

    public override void Select(JsonNode? node, JsonNode? root, List<JsonNode?> output)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array)
                {
                    if (filter.IsTrue(item, root))
                    {
                        output.Add(item);
                    }
                }

                break;
            case JsonObject obj when filter.IsTrue(obj, root):
                output.Add(obj);
                break;
        }
    }
}
