using System.Text.Json.Nodes;
using Orchestrator.States.Paths;

namespace Orchestrator.States.Model;

/// <summary>A Map state, inline or (with <see cref="Distributed"/>) distributed: runs <see cref="ItemProcessor"/> once per item of the array at
/// ItemsPath, at most <see cref="MaxConcurrency"/> at a time (0 = no limit; AWS runs at most 40
/// inline iterations at once anyway). The per-item input is ItemSelector (or the legacy
/// Parameters, held in <see cref="WorkState.Parameters"/>) applied with <c>$$.Map.Item</c>.</summary>
/// <remarks>ItemReader and ResultWriter (S3) are refused by the parser: see docs/ENGINE.md.</remarks>
public sealed class MapState : WorkState
{
    internal MapState(string name, JsonObject source, StateGraph itemProcessor)
        : base(name, source) => ItemProcessor = itemProcessor;

    /// <inheritdoc/>
    public override StateType Type => StateType.Map;

    /// <summary>The per-item workflow (ItemProcessor, or the legacy Iterator).</summary>
    public StateGraph ItemProcessor { get; }

    /// <summary>ItemsPath (default <c>$</c>).</summary>
    public InputOutputPath ItemsPath { get; internal init; } = InputOutputPath.Identity;

    /// <summary>MaxConcurrency; 0 means no limit.</summary>
    public int MaxConcurrency { get; internal init; }

    /// <summary>MaxConcurrencyPath, or null.</summary>
    public JsonPathExpression? MaxConcurrencyPath { get; internal init; }

    /// <summary>The Distributed Map settings, or null for an inline Map.</summary>
    public DistributedMapConfig? Distributed { get; internal init; }
}
