using System.Text.Json.Nodes;

namespace Orchestrator.States.Paths.Filters;

/// <summary>A parsed filter condition, the part inside <c>[?( … )]</c>.</summary>
internal abstract class FilterExpression
{
    /// <summary>Whether the condition holds for <paramref name="current"/> (the <c>@</c> node).</summary>
    public abstract bool IsTrue(JsonNode? current, JsonNode? root);
}
