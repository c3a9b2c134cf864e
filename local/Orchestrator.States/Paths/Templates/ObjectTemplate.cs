using System.Text.Json.Nodes;
using Orchestrator.States.Intrinsics;

namespace Orchestrator.States.Paths.Templates;

/// <summary>An object with at least one dynamic member: members are built in template order.</summary>
internal sealed class ObjectTemplate(KeyValuePair<string, TemplateNode>[] members) : TemplateNode
{
    public override JsonNode? Build(JsonNode? input, JsonNode? context, IntrinsicContext intrinsics)
    {
        var result = new JsonObject();
        foreach (var (name, node) in members)
        {
            result[name] = node.Build(input, context, intrinsics);
        }

        return result;
    }
}
