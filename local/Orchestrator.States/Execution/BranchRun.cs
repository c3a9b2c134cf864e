using System.Text.Json.Nodes;
using Orchestrator.States.Integrations;
using Orchestrator.States.Model;

namespace Orchestrator.States.Execution;

/// <summary>
/// One thread of control through a <see cref="StateGraph"/>: the execution's top level, one
/// Parallel branch or one Map iteration. It runs one state at a time and keeps its own chain of
/// history event ids (previousEventId).
/// </summary>
internal sealed class BranchRun
{
    private State? _pendingState;
    private JsonNode? _pendingInput;

    public BranchRun(Execution execution, StateGraph graph, IBranchOwner? owner, int index)
    {
        Execution = execution;
        Graph = graph;
        Owner = owner;
        Index = index;
    }

    public Execution Execution { get; }

    public StateGraph Graph { get; }

    /// <summary>The Parallel or Map run this branch belongs to; null at the top level.</summary>
    public IBranchOwner? Owner { get; }

    /// <summary>The branch or item index.</summary>
    public int Index { get; }

    public long LastEventId { get; set; }

    /// <summary>The branch's variables: the execution's outer scope at the top level, an inner
    /// scope of the enclosing branch for a Parallel branch or inline Map iteration. A Distributed Map
    /// child starts a scope of its own: AWS runs it as a separate execution, which cannot read the
    /// parent's variables.</summary>
    public Variables.VariableScope Variables => _variables ??= new Variables.VariableScope(
        Owner is StateRun { State: MapState { Distributed: not null } } ? null : (Owner as StateRun)?.Branch.Variables);

    private Variables.VariableScope? _variables;

    public bool IsStopped { get; private set; }

    public StateRun? Current { get; private set; }

    /// <summary>Makes <paramref name="state"/> the next to run; it runs when the engine drains.</summary>
    public void Goto(State state, JsonNode? input)
    {
        _pendingState = state;
        _pendingInput = input;
        Execution.Engine.Enqueue(this);
    }

    public void RunPending()
    {
        var state = _pendingState;
        if (state is null || IsStopped || Execution.IsFinished)
        {
            return;
        }

        _pendingState = null;
        var input = _pendingInput;
        _pendingInput = null;
        Current = StateRun.Create(this, state, input);
        Current.Enter();
    }

    public void Succeed(JsonNode? output)
    {
        Current = null;
        if (Owner is null)
        {
            Execution.Succeed(output);
        }
        else
        {
            Owner.OnBranchSucceeded(this, output);
        }
    }

    public void Fail(string error, string? cause)
    {
        Current = null;
        if (Owner is null)
        {
            Execution.Fail(error, cause);
        }
        else
        {
            Owner.OnBranchFailed(this, error, cause);
        }
    }

    /// <summary>Abandons the branch: its running state is cancelled, nothing more runs.</summary>
    public void Stop(TaskCancellationReason reason)
    {
        if (IsStopped)
        {
            return;
        }

        IsStopped = true;
        _pendingState = null;
        Current?.Cancel(reason);
    }
}
