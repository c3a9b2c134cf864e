using System.Text.Json.Nodes;
using Orchestrator.States.Model;

namespace Orchestrator.States.Execution;

/// <summary>Runs a Choice state: InputPath, the first matching rule's Next (else Default, else
/// States.NoChoiceMatched), OutputPath.</summary>
internal sealed class ChoiceRun(BranchRun branch, State state, JsonNode? input) : StateRun(branch, state, input)
{
    protected override void Execute()
    {
        var choice = (ChoiceState)State;
        var context = ContextIfUsed();
        var effective = choice.InputPath.Select(RawInput, context);
        var next = choice.DefaultState;
        var rules = choice.Choices;
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i].Evaluate(effective, context))
            {
                next = rules[i].NextState;
                break;
            }
        }

        if (next is null)
        {
            Fail(StatesErrorNames.NoChoiceMatched, ErrorCauses.NoChoiceMatched);
            return;
        }

        Exit(choice.OutputPath.Select(effective, context), next);
    }
}
