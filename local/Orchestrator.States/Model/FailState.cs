using System.Text.Json.Nodes;
using Orchestrator.States.Paths;

namespace Orchestrator.States.Model;

/// <summary>A Fail state: ends its branch with an error and cause, given literally or by path
/// (<c>ErrorPath</c>/<c>CausePath</c>). No InputPath or OutputPath.</summary>
public sealed class FailState : State
{
    internal FailState(string name, JsonObject source)
        : base(name, source)
    {
    }

    /// <inheritdoc/>
    public override StateType Type => StateType.Fail;

    /// <summary>The literal Error, or null.</summary>
    public string? Error { get; internal init; }

    /// <summary>The literal Cause, or null.</summary>
    public string? Cause { get; internal init; }

    /// <summary>ErrorPath (a path or an intrinsic call), or null.</summary>
    public PayloadTemplate? ErrorPath { get; internal init; }

    /// <summary>CausePath (a path or an intrinsic call), or null.</summary>
    public PayloadTemplate? CausePath { get; internal init; }
}
