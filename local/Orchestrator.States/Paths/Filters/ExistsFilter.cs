using System.Text.Json.Nodes;

namespace Orchestrator.States.Paths.Filters;

/// <summary><c>[?(@.x)]</c>: true when the path exists (even with a null value), as in Jayway.</summary>
internal sealed class ExistsFilter(FilterOperand operand) : FilterExpression
{
    public override bool IsTrue(JsonNode? current, JsonNode? root) => operand.IsTruthy(current, root);
}
