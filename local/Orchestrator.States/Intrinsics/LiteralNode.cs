using System.Text.Json.Nodes;

namespace Orchestrator.States.Intrinsics;

/// <summary>
/// A literal argument: <c>'text'</c>, a number (its JSON text kept, so <c>1</c> stays an integer),
/// <c>true</c>, <c>false</c> or <c>null</c>. Each evaluation returns a fresh copy.
/// </summary>
internal sealed class LiteralNode(JsonNode? value) : IntrinsicNode
{
    public JsonNode? Value { get; } = value;

    public override JsonNode? Evaluate(JsonNode? input, JsonNode? context, IntrinsicContext intrinsics) =>
        Value?.DeepClone();
}
