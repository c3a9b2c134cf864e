using System.Text.Json.Nodes;
using Orchestrator.Functions.Tests.Hosting;
using Orchestrator.Stack.Tests.Checks;

namespace Orchestrator.Stack.Tests;

/// <summary>Each case is a policy AWS documents for the integration (sources in
/// <see cref="IntegrationActions"/>), not this code's output.</summary>
public class IntegrationActionsTests
{
    [Theory]
    // Step Functions developer guide, "IAM policies for Amazon ECS/Fargate", Run a Job (.sync), plus iam:PassRole for the task's roles.
    [InlineData("arn:aws:states:::ecs:runTask.sync", "ecs:RunTask ecs:StopTask ecs:DescribeTasks iam:PassRole events:PutTargets events:PutRule events:DescribeRule")]
    // Same page, Request Response and Callback: RunTask only (and the roles it passes).
    [InlineData("arn:aws:states:::ecs:runTask.waitForTaskToken", "ecs:RunTask iam:PassRole")]
    // "IAM policies for AWS Step Functions", Synchronous and Asynchronous.
    [InlineData("arn:aws:states:::states:startExecution.sync:2", "states:StartExecution states:DescribeExecution states:StopExecution events:PutTargets events:PutRule events:DescribeRule")]
    [InlineData("arn:aws:states:::states:startExecution", "states:StartExecution")]
    [InlineData("arn:aws:states:::dynamodb:putItem", "dynamodb:PutItem")]
    [InlineData("arn:aws:states:::sns:publish", "sns:Publish")]
    [InlineData("arn:aws:states:::lambda:invoke", "lambda:InvokeFunction")]
    [InlineData("arn:aws:lambda:us-east-1:123456789012:function:plan", "lambda:InvokeFunction")]
    // SQS developer guide, "Amazon SQS batch actions": batch permissions are the single-message actions'.
    [InlineData("arn:aws:states:::aws-sdk:sqs:deleteMessageBatch", "sqs:DeleteMessage")]
    [InlineData("arn:aws:states:::aws-sdk:sqs:changeMessageVisibilityBatch", "sqs:ChangeMessageVisibility")]
    [InlineData("arn:aws:states:::aws-sdk:sqs:receiveMessage", "sqs:ReceiveMessage")]
    // aws-sdk service names that are not IAM prefixes.
    [InlineData("arn:aws:states:::aws-sdk:sfn:describeExecution", "states:DescribeExecution")]
    [InlineData("arn:aws:states:::aws-sdk:autoscaling:setDesiredCapacity.waitForTaskToken", "autoscaling:SetDesiredCapacity")]
    [InlineData("arn:aws:states:::aws-sdk:ec2:describeSpotFleetRequests", "ec2:DescribeSpotFleetRequests")]
    public void For_DocumentedIntegration_TheDocumentedActions(string resource, string expected)
    {
        var (actions, problem) = IntegrationActions.For(resource, null);

        Assert.Null(problem);
        Assert.Equal(expected.Split(' ').Order(StringComparer.Ordinal), actions.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void For_RunTaskThatPropagatesTags_AlsoTagResource()
    {
        // ECS developer guide, "Grant permission to tag resources on creation".
        var (actions, _) = IntegrationActions.For("arn:aws:states:::ecs:runTask.sync", new JsonObject { ["PropagateTags"] = "TASK_DEFINITION" });

        Assert.Contains("ecs:TagResource", actions);
    }

    [Theory]
    [InlineData("arn:aws:states:::aws-sdk:sqs:deleteMesage", "DeleteMesage is not an operation of the sqs API model")]
    [InlineData("arn:aws:states:::ecs:runTasks.sync", "'ecs:runTasks.sync' is not in IntegrationActions.Optimized")]
    [InlineData("arn:aws:states:us-east-1:123456789012:activity:review", "is not an integration this check knows")]
    [InlineData("arn:aws:states:::aws-sdk:sqs", "is not service:action")]
    public void For_UnknownResource_ProblemNamingIt(string resource, string expected)
    {
        var (actions, problem) = IntegrationActions.For(resource, null);

        Assert.Empty(actions);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    public static TheoryData<string> StateMachineFiles() =>
        [.. Directory.GetFiles(Path.Combine(RepoRoot.Path, "statemachines"), "*.asl.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(StateMachineFiles))]
    public void For_EveryTaskOfAStateMachineFile_Known(string file)
    {
        // Placeholders (${…}) are resolved against the template by IamCheck; here every literal
        // Resource, deployed yet or not, must map to actions, so a new integration is caught early.
        var definition = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoRoot.Path, "statemachines", file)));

        var problems = AslTask.All(definition)
            .Where(t => !t.Resource.StartsWith("${", StringComparison.Ordinal))
            .Select(t => IntegrationActions.For(t.Resource, t.Parameters).Problem)
            .OfType<string>();

        Assert.Empty(problems);
    }
}
