using System.Text.Json.Nodes;
using Orchestrator.States.Paths;

namespace Orchestrator.States.Model;

/// <summary>
/// The shape Task, Parallel and Map share: Parameters, ResultSelector, ResultPath, Retry and Catch.
/// </summary>
public abstract class WorkState : State
{
    private protected WorkState(string name, JsonObject source)
        : base(name, source)
    {
    }

    /// <summary>Parameters (for Map: the per-item ItemSelector, see <see cref="MapState"/>), or null.</summary>
    public PayloadTemplate? Parameters { get; internal init; }

    /// <summary>ResultSelector, or null.</summary>
    public PayloadTemplate? ResultSelector { get; internal init; }

    /// <summary>ResultPath (default <c>$</c>).</summary>
    public ResultPathField ResultPath { get; internal init; } = ResultPathField.Replace;

    /// <summary>The retriers, in order.</summary>
    public IReadOnlyList<Retrier> Retry { get; internal init; } = [];

    /// <summary>The catchers, in order.</summary>
    public IReadOnlyList<Catcher> Catch { get; internal init; } = [];
}
