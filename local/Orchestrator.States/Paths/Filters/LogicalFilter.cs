using System.Text.Json.Nodes;

namespace Orchestrator.States.Paths.Filters;

/// <summary><c>a &amp;&amp; b</c>, <c>a || b</c> (short-circuit) and <c>!a</c> (when <paramref name="right"/> is null and op is '!').</summary>
internal sealed class LogicalFilter(char op, FilterExpression left, FilterExpression? right) : FilterExpression
{
    public override bool IsTrue(JsonNode? current, JsonNode? root) => op switch
    {
        '&' => left.IsTrue(current, root) && right!.IsTrue(current, root),
        '|' => left.IsTrue(current, root) || right!.IsTrue(current, root),
        _ => !left.IsTrue(current, root),
    };
}
