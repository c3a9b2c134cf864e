using System.Text.Json.Nodes;
using Orchestrator.States.Model;

namespace Orchestrator.States.Execution;

/// <summary>Runs a Fail state: the branch fails with its Error and Cause (literal or by path).
/// AWS records only FailStateEntered; there is no exit event.</summary>
internal sealed class FailRun(BranchRun branch, State state, JsonNode? input) : StateRun(branch, state, input)
{
    protected override void Execute()
    {
        var fail = (FailState)State;
        var context = ContextIfUsed();
        var error = fail.Error ?? Evaluate(fail, fail.ErrorPath, context);
        var cause = fail.Cause ?? Evaluate(fail, fail.CausePath, context);
        Fail(error ?? string.Empty, cause);
    }

    private string? Evaluate(FailState fail, Paths.PayloadTemplate? template, JsonNode? context)
    {
        if (template is null)
        {
            return null;
        }

        var value = template.Apply(RawInput, context, Execution.Intrinsics)?["v"];
        return JsonScalars.TryGetString(value, out var text) ? text : value?.ToJsonString();
    }
}
