using System.Text.Json.Nodes;
using Orchestrator.Stack.Tests.Checks;
using static Orchestrator.Stack.Tests.TemplateEdits;

namespace Orchestrator.Stack.Tests;

public class SpecCheckTests
{
    [Fact]
    public void Problems_RepositoryTemplate_None()
    {
        Assert.Empty(SpecCheck.Problems(StackTemplate.Repository));
    }

    [Fact]
    public void Problems_MisspelledResourceProperty_Reported()
    {
        var broken = StackTemplate.Repository.With(t => RenameKey(Properties(t, "LeaseTable"), "BillingMode", "BilingMode"));

        Assert.Contains(SpecCheck.Problems(broken), p => p.Contains("LeaseTable.BilingMode", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_MisspelledNestedProperty_Reported()
    {
        var broken = StackTemplate.Repository.With(t =>
            RenameKey(Properties(t, "LeaseTable")["TimeToLiveSpecification"]!.AsObject(), "AttributeName", "Attribute"));

        Assert.Contains(SpecCheck.Problems(broken), p => p.Contains("'AWS::DynamoDB::Table.TimeToLiveSpecification' has no property 'Attribute'", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_MisspelledPropertyInListItemAndIfBranch_Reported()
    {
        var broken = StackTemplate.Repository.With(t =>
        {
            RenameKey(Properties(t, "BacklogAlarmRule")["Targets"]![0]!.AsObject(), "RetryPolicy", "RetryPolicies");
            Properties(t, "ManifestBucket")["OwnershipControls"] = JsonNode.Parse(
                """{"Fn::If": ["HasTaskRole", {"Rules": [{"ObjectOwnership": "BucketOwnerEnforced"}]}, {"Rule": []}]}""");
        });

        var problems = SpecCheck.Problems(broken).ToList();

        Assert.Contains(problems, p => p.Contains("'AWS::Events::Rule.Target' has no property 'RetryPolicies'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'AWS::S3::Bucket.OwnershipControls' has no property 'Rule'", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_UnknownTypeAndGlobalsProperty_Reported()
    {
        var broken = StackTemplate.Repository.With(t =>
        {
            t["Resources"]!["TriggerDeadLetterQueue"]!["Type"] = "AWS::SQS::Queues";
            t["Globals"]!["Function"]!["Timout"] = 30;
        });

        var problems = SpecCheck.Problems(broken).ToList();

        Assert.Contains(problems, p => p.Contains("resource type 'AWS::SQS::Queues'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Globals.Function.Timout", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_NewerPropertyNotInTheAllowList_Reported()
    {
        var changed = StackTemplate.Repository.With(t => Properties(t, "PlanDrainLanesFunction")["SnapStart"] = new JsonObject { ["ApplyOn"] = "None" });

        Assert.Contains(SpecCheck.Problems(changed), p => p.Contains("PlanDrainLanesFunction.SnapStart", StringComparison.Ordinal));
    }

    [Fact]
    public void NewerProperties_EachUsedByTheTemplate_HasAReason()
    {
        var used = StackTemplate.Repository.Resources
            .SelectMany(r => StackTemplate.PropertiesOf(r.Resource).Select(p => $"{r.Resource["Type"]}/{p.Key}"))
            .ToHashSet(StringComparer.Ordinal);

        Assert.All(NewerProperties.Allowed, entry =>
        {
            Assert.Contains(entry.Key, used);
            Assert.False(string.IsNullOrWhiteSpace(entry.Value));
            Assert.Null(CfnSpec.Instance.ResourceProperty(entry.Key.Split('/')[0], entry.Key.Split('/')[1]));
        });
    }
}
