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
        var assign = choice.Assign; // AWS: the state's Assign applies when Default is taken, a rule's when it matches
        var rules = choice.Choices;
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i].Evaluate(effective, context))
            {
                next = rules[i].NextState;
                assign = rules[i].Assign;
                break;
            }
        }

        if (next is null)
        {
            Fail(StatesErrorNames.NoChoiceMatched, ErrorCauses.NoChoiceMatched);
            return;
        }

        var assigned = EvaluateAssign(assign, effective, context);
        Exit(choice.OutputPath.Select(effective, context), next, assigned);
    }
}
