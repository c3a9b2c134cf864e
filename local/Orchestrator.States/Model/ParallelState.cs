using System.Text.Json.Nodes;

namespace Orchestrator.States.Model;

/// <summary>A Parallel state: runs every branch on the effective input; the result is the array
/// of branch outputs in branch order. One failed branch fails the state with that branch's error.</summary>
public sealed class ParallelState : WorkState
{
    internal ParallelState(string name, JsonObject source, IReadOnlyList<StateGraph> branches)
        : base(name, source) => Branches = branches;

    /// <inheritdoc/>
    public override StateType Type => StateType.Parallel;

    /// <summary>The branches, in order.</summary>
    public IReadOnlyList<StateGraph> Branches { get; }
}
