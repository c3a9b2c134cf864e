using System.Text.Json.Nodes;

namespace Orchestrator.States.Intrinsics;

/// <summary>One parsed piece of an intrinsic invocation: a literal, a path or a nested call.</summary>
internal abstract class IntrinsicNode
{
    /// <summary>
    /// The value. It may be a node inside <paramref name="input"/> or <paramref name="context"/>
    /// (no copy): callers DeepClone before putting it into another container.
    /// </summary>
    public abstract JsonNode? Evaluate(JsonNode? input, JsonNode? context, IntrinsicContext intrinsics);
}
