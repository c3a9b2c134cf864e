using System.Text.Json.Nodes;
using Orchestrator.Stack.Tests.Checks;
using static Orchestrator.Stack.Tests.TemplateEdits;

namespace Orchestrator.Stack.Tests;

public class PolicyCheckTests
{
    [Fact]
    public void Problems_RepositoryTemplate_None()
    {
        Assert.Empty(PolicyCheck.Problems(StackTemplate.Repository));
    }

    [Fact]
    public void Problems_WildcardAction_Reported()
    {
        var broken = StackTemplate.Repository.With(t => Statement(t.AsObject(), LaneRole, "RunWorkerTask")["Action"] = "ecs:*");

        Assert.Contains(PolicyCheck.Problems(broken), p => p.Contains("action 'ecs:*' is a wildcard", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_StarResourceForAScopableAction_Reported()
    {
        var broken = StackTemplate.Repository.With(t => Statement(t.AsObject(), DrainRole, "WorkQueue")["Resource"] = "*");

        Assert.Contains(PolicyCheck.Problems(broken), p => p.Contains("sqs:SendMessage on Resource \"*\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_ListTasksOnStarWithoutClusterCondition_Reported()
    {
        var broken = StackTemplate.Repository.With(t => Statement(t.AsObject(), DrainRole, "CountRunningTasks").Remove("Condition"));

        Assert.Contains(PolicyCheck.Problems(broken), p => p.Contains("ecs:ListTasks on Resource \"*\" needs the ecs:cluster condition", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_MadeUpActionAndNotAction_Reported()
    {
        var broken = StackTemplate.Repository.With(t =>
        {
            var statement = Statement(t.AsObject(), DrainRole, "Lease");
            statement["Action"] = new JsonArray("dynamodb:PutItems");
            statement["NotAction"] = "dynamodb:DeleteTable";
        });

        var problems = PolicyCheck.Problems(broken).ToList();

        Assert.Contains(problems, p => p.Contains("PutItems is not an operation of the dynamodb API model", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("NotAction and NotResource", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_StatementInsideFnIf_CheckedOnBothBranches()
    {
        var broken = StackTemplate.Repository.With(t =>
            Properties(t, DrainRole)["Policies"]![0]!["PolicyDocument"]!["Statement"]!.AsArray().Add(JsonNode.Parse(
                """{"Fn::If": ["HasTaskRole", {"Effect": "Allow", "Action": "s3:*", "Resource": "*"}, {"Ref": "AWS::NoValue"}]}""")));

        Assert.Contains(PolicyCheck.Problems(broken), p => p.Contains("action 's3:*' is a wildcard", StringComparison.Ordinal));
    }
}
