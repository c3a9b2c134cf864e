using System.Text.Json.Nodes;
using Orchestrator.States.Paths;

namespace Orchestrator.States.Model;

/// <summary>A Pass state: InputPath → Parameters → Result → ResultPath → OutputPath.</summary>
public sealed class PassState : State
{
    internal PassState(string name, JsonObject source)
        : base(name, source)
    {
    }

    /// <inheritdoc/>
    public override StateType Type => StateType.Pass;

    /// <summary>Parameters, or null.</summary>
    public PayloadTemplate? Parameters { get; internal init; }

    /// <summary>The fixed Result, or null when absent (the effective input is passed on).</summary>
    public JsonNode? Result { get; internal init; }

    /// <summary>True when a Result field was given (it may be JSON null).</summary>
    public bool HasResult { get; internal init; }

    /// <summary>ResultPath (default <c>$</c>).</summary>
    public ResultPathField ResultPath { get; internal init; } = ResultPathField.Replace;
}
