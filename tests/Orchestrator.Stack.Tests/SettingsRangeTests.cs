using System.Text.Json.Nodes;
using CsCheck;
using Orchestrator.Core;
using Orchestrator.Core.Capacity;
using Orchestrator.Core.QueueDrain;
using Orchestrator.Stack.Tests.Checks;

namespace Orchestrator.Stack.Tests;

/// <summary>Issue 15, point 4: every parameter set the template accepts (its ranges, then its Rules) must
/// give settings the workflows' own parsers accept, so no drain or capacity run fails on its settings.</summary>
public class SettingsRangeTests
{
    private static readonly string[] CapacityMachines = ["SpotInterruptionStateMachine", "CapacityBackfillStateMachine", "ReturnToSpotStateMachine"];

    /// <summary>The parser's refusal for a set the template accepts, or null (refused by the Rules, or fine).</summary>
    private static string? Unworkable(StackTemplate template, Dictionary<string, JsonNode> set)
    {
        var logic = new CfnLogic(template, set);
        if (logic.Refusals().Count > 0)
        {
            return null;
        }

        try
        {
            if (logic.Condition("QueueDrainEnabled"))
            {
                DrainSettings.Parse(SubstitutionValues.Of(template, "QueueDrainStateMachine", set));
            }

            foreach (var machine in CapacityMachines.Where(m => logic.Condition(template.Resource(m)!["Condition"]!.ToString())))
            {
                CapacitySettings.Parse(SubstitutionValues.Of(template, machine, set));
            }

            return null;
        }
        catch (InvalidInputException refused)
        {
            return $"{refused.Message} with {string.Join(", ", set.Select(p => $"{p.Key}={p.Value.ToJsonString()}"))}";
        }
    }

    [Fact]
    public void AcceptedParameterSets_SettingsParseForEveryWorkflow()
    {
        var template = StackTemplate.Repository;

        ParameterSets.From(template).Sample(set => Assert.Null(Unworkable(template, set)), iter: 3000);
    }

    [Fact]
    public void OldTaskTimeoutMaximum_FoundUnworkable()
    {
        // Before issue 15: TaskTimeoutSeconds up to 86,400 made every drain fail on its visibility timeout.
        var old = StackTemplate.Repository.With(t => t["Parameters"]!["TaskTimeoutSeconds"]!["MaxValue"] = 86400);

        var found = new List<string>();
        ParameterSets.From(old).Sample(set =>
        {
            if (Unworkable(old, set) is { } problem)
            {
                found.Add(problem);
            }
        }, iter: 3000, threads: 1);

        Assert.Contains(found, p => p.Contains("12-hour visibility limit", StringComparison.Ordinal));
    }

    [Fact]
    public void Rules_CapacityWorkflowWithoutOnDemandGroup_Refused()
    {
        var set = ParameterSets.Defaults(StackTemplate.Repository);
        set["EnableSpotInterruption"] = JsonValue.Create("true");
        set["OnDemandAutoScalingGroupName"] = JsonValue.Create("");

        Assert.Contains("The capacity workflows need OnDemandAutoScalingGroupName.", new CfnLogic(StackTemplate.Repository, set).Refusals());
    }
}
