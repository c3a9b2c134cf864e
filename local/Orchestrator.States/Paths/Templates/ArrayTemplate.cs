using System.Text.Json.Nodes;
using Orchestrator.States.Intrinsics;

namespace Orchestrator.States.Paths.Templates;

/// <summary>
/// An array holding dynamic objects, e.g. ECS <c>"Environment": [{"Name": "X", "Value.$": "$.x"}]</c>:
/// the ASL spec applies <c>.$</c> keys "however deeply nested", arrays included.
/// </summary>
internal sealed class ArrayTemplate(TemplateNode[] items) : TemplateNode
{
    public override JsonNode? Build(JsonNode? input, JsonNode? context, IntrinsicContext intrinsics)
    {
        var result = new JsonArray();
        foreach (var item in items)
        {
            result.Add(item.Build(input, context, intrinsics));
        }

        return result;
    }
}
