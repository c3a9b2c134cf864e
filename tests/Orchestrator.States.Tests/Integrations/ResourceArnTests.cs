using Orchestrator.States.Integrations;

namespace Orchestrator.States.Tests.Integrations;

public class ResourceArnTests
{
    [Theory]
    [InlineData("arn:aws:states:::ecs:runTask.sync", ResourceKind.Service, "ecs", "runTask", IntegrationPattern.Sync)]
    [InlineData("arn:aws:states:::states:startExecution.sync:2", ResourceKind.Service, "states", "startExecution", IntegrationPattern.Sync2)]
    [InlineData("arn:aws:states:::sqs:sendMessage.waitForTaskToken", ResourceKind.Service, "sqs", "sendMessage", IntegrationPattern.WaitForTaskToken)]
    [InlineData("arn:aws:states:::aws-sdk:sqs:receiveMessage", ResourceKind.AwsSdk, "sqs", "receiveMessage", IntegrationPattern.RequestResponse)]
    [InlineData("arn:aws:states:::lambda:invoke", ResourceKind.Service, "lambda", "invoke", IntegrationPattern.RequestResponse)]
    [InlineData("arn:aws:lambda:us-east-1:123456789012:function:f", ResourceKind.LambdaFunction, "lambda", "invoke", IntegrationPattern.RequestResponse)]
    [InlineData("arn:aws:states:us-east-1:123456789012:activity:a", ResourceKind.Activity, "activity", "a", IntegrationPattern.RequestResponse)]
    public void TryParse_KnownForms_Split(string arn, ResourceKind kind, string service, string action, IntegrationPattern pattern)
    {
        Assert.True(ResourceArn.TryParse(arn, out var resource, out _));
        Assert.Equal((kind, service, action, pattern), (resource.Kind, resource.Service, resource.Action, resource.Pattern));
    }

    [Theory]
    [InlineData("lambda")]
    [InlineData("arn:aws:s3:::bucket/key")]
    [InlineData("arn:aws:states:::sqs")]
    [InlineData("arn:aws:states:::aws-sdk:ecs:runTask.sync")]
    public void TryParse_Invalid_False(string arn) => Assert.False(ResourceArn.TryParse(arn, out _, out _));
}
