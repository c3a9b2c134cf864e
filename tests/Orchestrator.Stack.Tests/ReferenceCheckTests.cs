using System.Text.Json.Nodes;
using Orchestrator.Stack.Tests.Checks;

namespace Orchestrator.Stack.Tests;

public class ReferenceCheckTests
{
    [Fact]
    public void Template_ParsesWithSamTransformAndSections()
    {
        var template = StackTemplate.Repository;

        Assert.Equal("AWS::Serverless-2016-10-31", template.Root["Transform"]?.ToString());
        Assert.NotEmpty(template.Section("Parameters"));
        Assert.NotEmpty(template.Section("Conditions"));
        Assert.NotEmpty(template.Section("Resources"));
    }

    [Fact]
    public void Problems_RepositoryTemplate_None()
    {
        Assert.Empty(ReferenceCheck.Problems(StackTemplate.Repository));
    }

    [Fact]
    public void Problems_RefToMissingParameter_Reported()
    {
        var broken = StackTemplate.Repository.With(t =>
            t["Resources"]!["BacklogAlarm"]!["Properties"]!["Dimensions"]![0]!["Value"] = new JsonObject { ["Ref"] = "WorkQueueNmae" });

        Assert.Contains(ReferenceCheck.Problems(broken), p => p.Contains("no parameter or resource WorkQueueNmae", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_SubOfMissingAttribute_Reported()
    {
        var broken = StackTemplate.Repository.With(t =>
            t["Resources"]!["QueueDrainStateMachineRole"]!["Properties"]!["Policies"]![0]!["PolicyDocument"]!["Statement"]![3]!["Resource"] =
                new JsonObject { ["Fn::Sub"] = "${ManifestBucket.Url}/manifests/*" });

        Assert.Contains(ReferenceCheck.Problems(broken), p => p.Contains("ManifestBucket has no attribute Url", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_UnusedParameterAndUnknownCondition_Reported()
    {
        var broken = StackTemplate.Repository.With(t =>
        {
            t["Parameters"]!.AsObject()["Forgotten"] = new JsonObject { ["Type"] = "String" };
            t["Resources"]!["ManifestBucket"]!["Condition"] = "QueueDrainEnabledd";
        });

        var problems = ReferenceCheck.Problems(broken).ToList();

        Assert.Contains("Parameter Forgotten is never used.", problems);
        Assert.Contains(problems, p => p.Contains("no condition QueueDrainEnabledd", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_WorkflowConditionLeftWithoutResources_IsNeverUsed()
    {
        // Without return-to-spot's resources, its output and the shared conditions that name it,
        // ReturnToSpotEnabled is used nowhere, which the check must report.
        var broken = StackTemplate.Repository.With(t =>
        {
            var resources = t["Resources"]!.AsObject();
            foreach (var id in resources.Where(r => r.Value?["Condition"]?.ToString() is "ReturnToSpotEnabled" or "CapacityTriggerParserEnabled")
                .Select(r => r.Key).ToList())
            {
                resources.Remove(id);
            }

            t["Outputs"]!.AsObject().Remove("ReturnToSpotStateMachineArn");
            t["Conditions"]!.AsObject().Remove("CapacityTriggerParserEnabled");
            t["Conditions"]!["CapacityWorkflowsEnabled"] = JsonNode.Parse("""{ "Fn::Or": [{ "Condition": "SpotInterruptionEnabled" }, { "Condition": "CapacityBackfillEnabled" }] }""");
        });

        Assert.Contains("Condition ReturnToSpotEnabled is never used.", ReferenceCheck.Problems(broken));
    }
}
