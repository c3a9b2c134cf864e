using System.Text.Json.Nodes;
using Orchestrator.Simulation.Account;
using Orchestrator.Simulation.Scenarios;
using Orchestrator.States.Execution;

namespace Orchestrator.Simulation.Tests.Integrations;

/// <summary>
/// Every Task resource statemachines/queue-drain.asl.json uses, called through the engine and the
/// simulated account once with a valid request and once with an invalid one. Error names follow
/// AWS-FACTS.md: aws-sdk integrations "&lt;Service&gt;.&lt;Name&gt;Exception" (recorded:
/// Sqs.QueueDoesNotExistException), optimized ones the older style (ECS.…, DynamoDB.…, StepFunctions.…),
/// Lambda function errors by their errorType.
/// </summary>
public class IntegrationCallTests
{
    private const string Queue = "https://sqs.us-east-1.amazonaws.com/123456789012/work";

    public static TheoryData<string, string, string, string> Calls() => new()
    {
        { "arn:aws:states:::aws-sdk:sqs:getQueueAttributes", $$"""{"QueueUrl":"{{Queue}}","AttributeNames":["ApproximateNumberOfMessages"]}""", """{"QueueUrl":"https://sqs.us-east-1.amazonaws.com/123456789012/nope"}""", "Sqs.QueueDoesNotExistException" },
        { "arn:aws:states:::aws-sdk:sqs:receiveMessage", $$"""{"QueueUrl":"{{Queue}}","MaxNumberOfMessages":10,"VisibilityTimeout":60,"WaitTimeSeconds":0,"MessageSystemAttributeNames":["ApproximateReceiveCount"]}""", $$"""{"QueueUrl":"{{Queue}}","MaxNumberOfMessages":11}""", "Sqs." },
        { "arn:aws:states:::aws-sdk:sqs:sendMessageBatch", $$"""{"QueueUrl":"{{Queue}}","Entries":[{"Id":"m0","MessageBody":"x"}]}""", $$"""{"QueueUrl":"{{Queue}}","Entries":[]}""", "Sqs.EmptyBatchRequestException" },
        { "arn:aws:states:::aws-sdk:sqs:deleteMessageBatch", $$"""{"QueueUrl":"{{Queue}}","Entries":[{"Id":"m0","ReceiptHandle":"not-a-handle"}]}""", $$"""{"QueueUrl":"{{Queue}}","Entries":{{Entries(11, visibility: false)}}}""", "Sqs.TooManyEntriesInBatchRequestException" },
        { "arn:aws:states:::aws-sdk:sqs:changeMessageVisibilityBatch", $$"""{"QueueUrl":"{{Queue}}","Entries":[{"Id":"m0","ReceiptHandle":"not-a-handle","VisibilityTimeout":0}]}""", $$"""{"QueueUrl":"{{Queue}}","Entries":{{Entries(11, visibility: true)}}}""", "Sqs.TooManyEntriesInBatchRequestException" },
        { "arn:aws:states:::aws-sdk:ecs:listTasks", """{"Cluster":"batch","Family":"worker","DesiredStatus":"RUNNING"}""", """{"Cluster":"nope"}""", "Ecs.ClusterNotFoundException" },
        { "arn:aws:states:::aws-sdk:s3:putObject", """{"Bucket":"orchestrator-manifests","Key":"k","Body":"{}"}""", """{"Bucket":"nope","Key":"k","Body":"{}"}""", "S3.NoSuchBucketException" },
        { "arn:aws:states:::dynamodb:putItem", """{"TableName":"orchestrator-leases","Item":{"QueueUrl":{"S":"q"},"Owner":{"S":"me"}}}""", """{"TableName":"nope","Item":{"QueueUrl":{"S":"q"}}}""", "DynamoDB.ResourceNotFoundException" },
        { "arn:aws:states:::dynamodb:updateItem", """{"TableName":"orchestrator-leases","Key":{"QueueUrl":{"S":"q"}},"UpdateExpression":"SET ExpiresAt = :e","ExpressionAttributeValues":{":e":{"N":"1"}}}""", """{"TableName":"orchestrator-leases","Key":{"QueueUrl":{"S":"q"}},"UpdateExpression":"SET #o = :o","ConditionExpression":"attribute_exists(Nope)","ExpressionAttributeNames":{"#o":"Owner"},"ExpressionAttributeValues":{":o":{"S":"x"}}}""", "DynamoDB.ConditionalCheckFailedException" },
        { "arn:aws:states:::dynamodb:deleteItem", """{"TableName":"orchestrator-leases","Key":{"QueueUrl":{"S":"q"}}}""", """{"TableName":"nope","Key":{"QueueUrl":{"S":"q"}}}""", "DynamoDB.ResourceNotFoundException" },
        { "arn:aws:states:::ecs:runTask.sync", """{"Cluster":"batch","TaskDefinition":"worker:1","Count":1,"CapacityProviderStrategy":[{"CapacityProvider":"FARGATE_SPOT","Weight":1}],"NetworkConfiguration":{"AwsvpcConfiguration":{"Subnets":["subnet-1"]}},"Overrides":{"ContainerOverrides":[{"Name":"worker","Environment":[{"Name":"ORCHESTRATOR_BATCH","Value":"{\"messages\":[]}"}]}]}}""", """{"Cluster":"batch","TaskDefinition":"worker:1","LaunchType":"FARGATE","CapacityProviderStrategy":[{"CapacityProvider":"FARGATE","Weight":1}]}""", "ECS." },
        { "arn:aws:states:::states:startExecution", """{"StateMachineArn":"arn:aws:states:us-east-1:123456789012:stateMachine:queue-drain","Input":{"detail-type":"Scheduled Event","source":"aws.events","resources":[],"detail":{}}}""", """{"StateMachineArn":"arn:aws:states:us-east-1:123456789012:stateMachine:nope"}""", "StepFunctions.StateMachineDoesNotExistException" },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public void Resource_ValidRequest_Succeeds(string resource, string valid, string invalid, string error)
    {
        _ = (invalid, error);
        var (execution, _) = Call(resource, valid);

        Assert.True(execution.Status == ExecutionStatus.Succeeded, $"{execution.Error}: {execution.Cause}");
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public void Resource_InvalidRequest_FailsWithTheServiceError(string resource, string valid, string invalid, string error)
    {
        _ = valid;
        var (execution, _) = Call(resource, invalid);

        Assert.Equal(ExecutionStatus.Failed, execution.Status);
        Assert.StartsWith(error, execution.Error, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(execution.Cause));
    }

    [Fact]
    public void LambdaFunction_BadEventAndUnknownFunction_FailAsLambdaReports()
    {
        var (badInput, _) = Call(AccountFunction("PlanDrainLanes"), """{"Settings":{}}""");
        var (unknown, _) = Call(AccountFunction("NoSuchFunction"), "{}");

        Assert.Equal("InvalidInputException", badInput.Error);
        Assert.Contains("\"errorType\":\"InvalidInputException\"", badInput.Cause, StringComparison.Ordinal);
        Assert.Equal("Lambda.ResourceNotFoundException", unknown.Error);
    }

    private static string AccountFunction(string name) => SimulatedAccount.FunctionArn(name);

    private static string Entries(int n, bool visibility) =>
        new JsonArray([.. Enumerable.Range(0, n).Select(i => (JsonNode)(visibility
            ? new JsonObject { ["Id"] = $"m{i}", ["ReceiptHandle"] = "h", ["VisibilityTimeout"] = 0 }
            : new JsonObject { ["Id"] = $"m{i}", ["ReceiptHandle"] = "h" }))]).ToJsonString();

    /// <summary>Runs a one-state machine whose Task calls <paramref name="resource"/> with <paramref name="parameters"/>.</summary>
    private static (Execution Execution, SimulatedAccount Account) Call(string resource, string parameters)
    {
        var account = new SimulatedAccount();
        DrainDeployment.Deploy(account, new DrainStack());
        var definition = new JsonObject
        {
            ["StartAt"] = "Call",
            ["States"] = new JsonObject
            {
                ["Call"] = new JsonObject { ["Type"] = "Task", ["Resource"] = resource, ["Parameters"] = JsonNode.Parse(parameters), ["TimeoutSeconds"] = 3600, ["End"] = true },
            },
        };
        var arn = account.StepFunctions.CreateStateMachine("probe", definition.ToJsonString());
        var execution = account.StepFunctions.StartExecution(arn, new JsonObject());
        account.Scheduler.RunUntil(() => execution.IsFinished);
        return (execution, account);
    }
}
