using System.Text.Json.Nodes;
using Orchestrator.States.Model;

namespace Orchestrator.States.Execution;

/// <summary>Runs a Succeed state: InputPath → OutputPath, then the branch succeeds.</summary>
internal sealed class SucceedRun(BranchRun branch, State state, JsonNode? input) : StateRun(branch, state, input)
{
    protected override void Execute()
    {
        var context = ContextIfUsed();
        Exit(State.OutputPath.Select(State.InputPath.Select(RawInput, context), context), next: null);
    }
}
