using System.Text.Json.Nodes;
using Orchestrator.States.Intrinsics;

namespace Orchestrator.States.Paths.Templates;

/// <summary>A subtree with no <c>.$</c> keys anywhere inside: copied as is.</summary>
internal sealed class ConstantTemplate(JsonNode? value) : TemplateNode
{
    public override JsonNode? Build(JsonNode? input, JsonNode? context, IntrinsicContext intrinsics) => value?.DeepClone();
}
