using System.Text.Json.Nodes;
using Orchestrator.States.Model;

namespace Orchestrator.States.Execution;

/// <summary>Runs a Pass state: InputPath → Parameters → Result → ResultPath → OutputPath.</summary>
internal sealed class PassRun(BranchRun branch, State state, JsonNode? input) : StateRun(branch, state, input)
{
    protected override void Execute()
    {
        var pass = (PassState)State;
        var context = ContextIfUsed();
        var effective = pass.InputPath.Select(RawInput, context);
        if (pass.Parameters is not null)
        {
            effective = pass.Parameters.Apply(effective, context, Execution.Intrinsics);
        }

        var result = pass.HasResult ? pass.Result?.DeepClone() : effective;
        var assigned = EvaluateAssign(pass.Assign, result, context);
        var output = pass.OutputPath.Select(pass.ResultPath.Apply(RawInput, result), context);
        Exit(output, pass.NextState, assigned);
    }
}
