using System.Text.Json.Nodes;

namespace Orchestrator.States.Paths;

/// <summary>One step of a parsed JSONPath: it maps one node to the nodes it selects.</summary>
internal abstract class PathSegment
{
    /// <summary>True when the step selects at most one node (a name or a single index).</summary>
    public abstract bool IsDefinite { get; }

    /// <summary>Adds the nodes this step selects from <paramref name="node"/> to <paramref name="output"/>.</summary>
    /// <param name="node">The node the step starts from.</param>
    /// <param name="root">The document root, for <c>$</c> references inside filters.</param>
    /// <param name="output">Where selected nodes go, in document order.</param>
    public abstract void Select(JsonNode? node, JsonNode? root, List<JsonNode?> output);

    /// <summary>For definite steps: the one node selected, or false when there is none.</summary>
    public virtual bool TrySelectOne(JsonNode? node, out JsonNode? result)
    {
        throw new InvalidOperationException($"{GetType().Name} is not a definite path step.");
    }
}
