using System.Text.Json.Nodes;
using Orchestrator.States.Intrinsics;

namespace Orchestrator.States.Paths.Templates;

/// <summary><c>"name.$": "States.Fn(…)"</c>: the intrinsic's result.</summary>
internal sealed class IntrinsicTemplate(string field, IntrinsicExpression expression) : TemplateNode
{
    public override JsonNode? Build(JsonNode? input, JsonNode? context, IntrinsicContext intrinsics) =>
        expression.EvaluateForField(input, context, intrinsics, field);
}
