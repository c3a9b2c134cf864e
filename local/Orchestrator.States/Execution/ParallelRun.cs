using System.Text.Json.Nodes;
using Orchestrator.States.Integrations;
using Orchestrator.States.Model;

namespace Orchestrator.States.Execution;

/// <summary>Runs a Parallel state: every branch gets the effective input; the result is the array
/// of branch outputs in branch order. The first branch to fail stops the others and fails the
/// state with its own error and cause (AWS), which Retry and Catch then see.</summary>
internal sealed class ParallelRun(BranchRun branch, State state, JsonNode? input) : StateRun(branch, state, input), IBranchOwner
{
    private BranchRun[] _branches = [];
    private JsonNode?[] _results = [];
    private int _remaining;

    public override void Cancel(TaskCancellationReason reason)
    {
        base.Cancel(reason);
        StopBranches(reason);
    }

    public void OnBranchSucceeded(BranchRun branch, JsonNode? output) => Guard(() =>
    {
        if (!IsCurrent(branch))
        {
            return;
        }

        _results[branch.Index] = output;
        if (--_remaining > 0)
        {
            return;
        }

        Branch.LastEventId = Execution.LastEventId;
        Record(new HistoryEvent { Type = "ParallelStateSucceeded" });
        var array = new JsonArray();
        foreach (var result in _results)
        {
            array.Add(result?.Parent is null ? result : result.DeepClone());
        }

        CompleteWork(array);
    });

    public void OnBranchFailed(BranchRun branch, string error, string? cause) => Guard(() =>
    {
        if (!IsCurrent(branch))
        {
            return;
        }

        StopBranches(TaskCancellationReason.BranchAborted);
        Branch.LastEventId = Execution.LastEventId;
        Record(new HistoryEvent { Type = "ParallelStateFailed" });
        Fail(error, cause);
    });

    protected override void Execute()
    {
        var parallel = (ParallelState)State;
        var context = ContextIfUsed();
        var effective = parallel.InputPath.Select(RawInput, context);
        if (parallel.Parameters is not null)
        {
            effective = parallel.Parameters.Apply(effective, context, Execution.Intrinsics);
        }

        var started = Record(new HistoryEvent { Type = "ParallelStateStarted" });
        _branches = new BranchRun[parallel.Branches.Count];
        _results = new JsonNode?[_branches.Length];
        _remaining = _branches.Length;
        for (var i = 0; i < _branches.Length; i++)
        {
            _branches[i] = new BranchRun(Execution, parallel.Branches[i], this, i) { LastEventId = started };
            _branches[i].Goto(parallel.Branches[i].Start, effective);
        }
    }

    protected override void Retry()
    {
        StopBranches(TaskCancellationReason.BranchAborted);
        Execute();
    }

    private bool IsCurrent(BranchRun branch) => branch.Index < _branches.Length && _branches[branch.Index] == branch && !branch.IsStopped;

    private void StopBranches(TaskCancellationReason reason)
    {
        foreach (var child in _branches)
        {
            child.Stop(reason);
        }
    }
}
