using System.Text.Json.Nodes;
using Orchestrator.Stack.Tests.Checks;
using static Orchestrator.Stack.Tests.TemplateEdits;

namespace Orchestrator.Stack.Tests;

public class IamCheckTests
{
    [Fact]
    public void Problems_RepositoryTemplate_None()
    {
        Assert.Empty(IamCheck.Problems(StackTemplate.Repository));
    }

    [Theory]
    // Step Functions developer guide: "IAM policies for Amazon ECS/Fargate" (Run a Job) for the lane,
    // "IAM policies for AWS Step Functions" (Synchronous) for the parent that waits for its lanes.
    [InlineData("QueueDrainLaneStateMachine", 2, "ecs:RunTask ecs:StopTask ecs:DescribeTasks iam:PassRole events:PutTargets events:PutRule events:DescribeRule")]
    [InlineData("QueueDrainStateMachine", 3, "states:StartExecution states:DescribeExecution states:StopExecution events:PutTargets events:PutRule events:DescribeRule")]
    public void Required_QueueDrain_CoversItsSyncIntegrationAndFunctions(string id, int functionCount, string documented)
    {
        var template = StackTemplate.Repository;
        var machine = DeployedStateMachine.All(template).Single(m => m.Id == id);

        var (actions, functions, problems) = IamCheck.Required(template, machine);

        Assert.Empty(problems);
        Assert.Superset(new SortedSet<string>(documented.Split(' ')), actions);
        Assert.Equal(functionCount, functions.Count);
    }

    [Theory]
    // Step Functions developer guide, "AWS SDK service integrations": arn:aws:states:::aws-sdk:<service>:<apiAction>
    // needs the IAM action <service>:<ApiAction>; "IAM policies for DynamoDB" and "for Amazon SNS" for the optimized
    // dynamodb:putItem/getItem/deleteItem and sns:publish. The lists are the Task resources of each ASL file.
    [InlineData("SpotInterruptionStateMachine", "autoscaling:DescribeAutoScalingGroups autoscaling:SetDesiredCapacity ec2:DescribeSpotFleetRequests ecs:ListContainerInstances ecs:UpdateContainerInstancesState dynamodb:PutItem dynamodb:DeleteItem dynamodb:UpdateItem dynamodb:GetItem sns:Publish lambda:InvokeFunction kms:Decrypt kms:GenerateDataKey")]
    [InlineData("CapacityBackfillStateMachine", "autoscaling:DescribeAutoScalingGroups autoscaling:SetDesiredCapacity ec2:DescribeSpotFleetRequests dynamodb:PutItem dynamodb:DeleteItem sns:Publish lambda:InvokeFunction kms:Decrypt kms:GenerateDataKey")]
    [InlineData("ReturnToSpotStateMachine", "autoscaling:DescribeAutoScalingGroups autoscaling:TerminateInstanceInAutoScalingGroup ec2:DescribeSpotFleetRequests ecs:ListContainerInstances ecs:DescribeContainerInstances ecs:UpdateContainerInstancesState dynamodb:GetItem dynamodb:PutItem dynamodb:DeleteItem sns:Publish lambda:InvokeFunction kms:Decrypt kms:GenerateDataKey")]
    public void Required_CapacityWorkflows_TheirTasksActionsAndTwoFunctions(string id, string documented)
    {
        var template = StackTemplate.Repository;
        var machine = DeployedStateMachine.All(template).Single(m => m.Id == id);

        var (actions, functions, problems) = IamCheck.Required(template, machine);

        Assert.Empty(problems);
        Assert.Equal(new SortedSet<string>(documented.Split(' ').Concat(IamCheck.LoggingActions).Concat(IamCheck.TracingActions), StringComparer.Ordinal), actions);
        Assert.Equal(2, functions.Count);
    }

    [Fact]
    public void Problems_CustomerKeyGrantRemoved_ReportsKmsDecryptForTheLane()
    {
        // Issue 19, point 3: a lane receiving from a queue encrypted with a customer key needs kms:Decrypt on it.
        var broken = StackTemplate.Repository.With(t =>
        {
            var statements = Properties(t, LaneRole)["Policies"]![0]!["PolicyDocument"]!["Statement"]!.AsArray();
            statements.Remove(statements.Single(s => s!["Fn::If"]?[1]?["Sid"]?.ToString() == "CustomerKey"));
        });

        Assert.Contains("QueueDrainLaneStateMachine: kms:Decrypt is needed but its role does not grant it.", IamCheck.Problems(broken));
    }

    [Fact]
    public void CustomerKeyGrants_OnlyWhenKmsKeyArnIsSetAndOnlyOnThatKey()
    {
        var kms = PolicyStatement.AllIn(StackTemplate.Repository).Where(s => s.Actions.Any(a => a.StartsWith("kms:", StringComparison.Ordinal))).ToList();
        var guarded = StackTemplate.Repository.Resources
            .SelectMany(r => (StackTemplate.PropertiesOf(r.Resource)["Policies"] as JsonArray ?? []).SelectMany(p => p!["PolicyDocument"]!["Statement"]!.AsArray()))
            .Count(s => s!["Fn::If"] is JsonArray { Count: 3 } branches && branches[0]!.ToString() == "HasKmsKey" && branches[2]!["Ref"]?.ToString() == "AWS::NoValue");

        Assert.Equal(6, kms.Count); // five state machines and the work-queue Pipe
        Assert.Equal(kms.Count, guarded);
        Assert.All(kms, s => Assert.Equal("""[{"Ref":"KmsKeyArn"}]""", new JsonArray([.. s.Resources.Select(r => r!.DeepClone())]).ToJsonString()));
        Assert.All(kms, s => Assert.Subset(new HashSet<string>(["kms:Decrypt", "kms:GenerateDataKey"]), s.Actions.ToHashSet()));
    }

    [Fact]
    public void Problems_CapacityGrantRemoved_ReportsTheMissingAction()
    {
        var broken = StackTemplate.Repository.With(t => Statement(t.AsObject(), "ReturnToSpotStateMachineRole", "DrainAndReactivateInstances")["Action"] = "ecs:UpdateContainerInstancesState");

        Assert.Contains("ReturnToSpotStateMachine: ecs:DescribeContainerInstances is needed but its role does not grant it.", IamCheck.Problems(broken));
    }

    [Fact]
    public void Problems_GrantRemoved_ReportsTheMissingAction()
    {
        var broken = StackTemplate.Repository.With(t => Statement(t.AsObject(), LaneRole, "WatchAndStopWorkerTasks")["Action"] = new JsonArray("ecs:DescribeTasks"));

        Assert.Contains("QueueDrainLaneStateMachine: ecs:StopTask is needed but its role does not grant it.", IamCheck.Problems(broken));
    }

    [Fact]
    public void Problems_ExtraGrant_ReportsTheUnneededAction()
    {
        var broken = StackTemplate.Repository.With(t => Statement(t.AsObject(), DrainRole, "WorkQueue")["Action"]!.AsArray().Add("sqs:PurgeQueue"));

        Assert.Contains("QueueDrainStateMachine: its role grants sqs:PurgeQueue, which no state needs.", IamCheck.Problems(broken));
    }

    [Fact]
    public void Problems_InvokedFunctionMissingFromResources_Reported()
    {
        var broken = StackTemplate.Repository.With(t => Statement(t.AsObject(), DrainRole, "DecisionFunctions")["Resource"]!.AsArray().RemoveAt(0));

        Assert.Contains("QueueDrainStateMachine: lambda:InvokeFunction does not name ParseDrainTriggerFunction's ARN.", IamCheck.Problems(broken));
    }

    [Fact]
    public void Problems_SamPoliciesInsteadOfARole_Reported()
    {
        var broken = StackTemplate.Repository.With(t =>
        {
            var p = Properties(t, "QueueDrainStateMachine");
            p.Remove("Role");
            p["Policies"] = new JsonArray("AWSStepFunctionsFullAccess");
        });

        Assert.Contains(IamCheck.Problems(broken), p => p.Contains("Role must be Fn::GetAtt of an AWS::IAM::Role", StringComparison.Ordinal));
    }
}
