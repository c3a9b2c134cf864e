using System.Text.Json.Nodes;

namespace Orchestrator.States.Model;

/// <summary>
/// One state of a machine, parsed and immutable. The fields every type shares live here; each
/// type adds its own (<see cref="TaskState"/>, <see cref="PassState"/>…). How a state runs is the
/// engine's business (Execution/), not the model's.
/// </summary>
public abstract class State
{
    private protected State(string name, JsonObject source)
    {
        Name = name;
        Source = source;
    }

    /// <summary>The state's name (its key under <c>States</c>).</summary>
    public string Name { get; }

    /// <summary>The state type.</summary>
    public abstract StateType Type { get; }

    /// <summary>The state's <c>Assign</c> (workflow variables), or null. Pass, Task, Map, Parallel,
    /// Choice (taken on Default) and Wait allow it.</summary>
    public Paths.PayloadTemplate? Assign { get; internal set; }

    /// <summary>The optional Comment.</summary>
    public string? Comment { get; internal init; }

    /// <summary>The name of the next state, or null when the state ends its branch (or is a
    /// Choice, Succeed or Fail).</summary>
    public string? Next { get; internal init; }

    /// <summary>True when <c>End: true</c> (and for Succeed and Fail, which always end).</summary>
    public bool End { get; internal init; }

    /// <summary>InputPath (default <c>$</c>).</summary>
    public InputOutputPath InputPath { get; internal init; } = InputOutputPath.Identity;

    /// <summary>OutputPath (default <c>$</c>).</summary>
    public InputOutputPath OutputPath { get; internal init; } = InputOutputPath.Identity;

    /// <summary>True when some field of the state reads the context object (<c>$$</c>), so the
    /// engine builds it only for those states.</summary>
    public bool UsesContext { get; internal init; }

    /// <summary>
    /// False when every context path in the state's JSON is one that cannot reach
    /// <c>$$.Execution.Input</c>, so the context object can leave the (possibly large) input out.
    /// </summary>
    internal bool ReadsExecutionInput => _readsExecutionInput ??= ContextReads.MayReadExecutionInput(Source.ToJsonString());

    private bool? _readsExecutionInput;

    /// <summary>The state's JSON as written (after substitutions), for error messages.</summary>
    public JsonObject Source { get; }

    /// <summary>The resolved <see cref="Next"/> state, linked after parsing.</summary>
    internal State? NextState { get; set; }

    /// <summary>Prints the state back as JSON, e.g. for error messages.</summary>
    public override string ToString() => $"\"{Name}\": {Source.ToJsonString()}";
}
