using Orchestrator.States.Paths;

namespace Orchestrator.States.Model;

/// <summary>
/// The Distributed Map fields of a Map state (<c>ProcessorConfig.Mode: DISTRIBUTED</c>): child
/// execution type, Label, the tolerated failure thresholds and ItemBatcher.
/// </summary>
/// <remarks>A threshold that is not set does not apply; with neither set, one failed item fails
/// the Map (AWS's default tolerance is 0). See docs/ENGINE.md, "Distributed Map".</remarks>
public sealed class DistributedMapConfig
{
    /// <summary>STANDARD or EXPRESS (the child workflows' type).</summary>
    public required string ExecutionType { get; init; }

    /// <summary>The Map Run label, or null.</summary>
    public string? Label { get; init; }

    /// <summary>ToleratedFailureCount, or null.</summary>
    public long? ToleratedFailureCount { get; init; }

    /// <summary>ToleratedFailureCountPath, or null.</summary>
    public JsonPathExpression? ToleratedFailureCountPath { get; init; }

    /// <summary>ToleratedFailurePercentage (0–100), or null.</summary>
    public double? ToleratedFailurePercentage { get; init; }

    /// <summary>ToleratedFailurePercentagePath, or null.</summary>
    public JsonPathExpression? ToleratedFailurePercentagePath { get; init; }

    /// <summary>ItemBatcher, or null (one item per child).</summary>
    public ItemBatcher? ItemBatcher { get; init; }
}
