using System.Globalization;
using System.Text.Json.Nodes;
using Orchestrator.Simulation.Account;

namespace Orchestrator.Simulation.Scenarios;

/// <summary>
/// Puts the queue-drain stack into a simulated account, as serverless.template does in AWS: the
/// work queue with its dead-letter queue, the ECS cluster and task definition, the lease table,
/// the manifest bucket, and the two state machines (the drain and its lane) with their
/// DefinitionSubstitutions.
/// </summary>
public sealed class DrainDeployment
{
    private DrainDeployment(SimulatedAccount account, DrainStack stack, string queueUrl, string stateMachineArn)
    {
        Account = account;
        Stack = stack;
        QueueUrl = queueUrl;
        StateMachineArn = stateMachineArn;
    }

    public SimulatedAccount Account { get; }
    public DrainStack Stack { get; }
    public string QueueUrl { get; }
    public string StateMachineArn { get; }

    /// <summary>Deploys the stack; with <paramref name="onEc2"/> the task definition is for the EC2 launch type
    /// (a cluster of EC2 capacity providers) instead of Fargate.</summary>
    public static DrainDeployment Deploy(SimulatedAccount account, DrainStack stack, bool onEc2 = false)
    {
        var sqs = account.Sqs;
        sqs.Invoke("CreateQueue", new JsonObject { ["QueueName"] = stack.DeadLetterQueueName });
        var redrive = new JsonObject { ["deadLetterTargetArn"] = sqs.QueueArn(stack.DeadLetterQueueName), ["maxReceiveCount"] = stack.MaxReceiveCount };
        sqs.Invoke("CreateQueue", new JsonObject
        {
            ["QueueName"] = stack.QueueName,
            ["Attributes"] = new JsonObject
            {
                ["VisibilityTimeout"] = Text(stack.QueueVisibilityTimeoutSeconds),
                ["MessageRetentionPeriod"] = Text(stack.QueueRetentionSeconds),
                ["RedrivePolicy"] = redrive.ToJsonString(),
            },
        });
        account.Ecs.Invoke("CreateCluster", new JsonObject { ["clusterName"] = stack.Cluster });
        account.Ecs.Invoke("RegisterTaskDefinition", new JsonObject
        {
            ["family"] = stack.TaskFamily,
            ["requiresCompatibilities"] = new JsonArray(onEc2 ? "EC2" : "FARGATE"),
            ["networkMode"] = "awsvpc",
            ["cpu"] = Text(stack.TaskCpuUnits),
            ["memory"] = Text(stack.TaskMemoryMiB),
            ["containerDefinitions"] = new JsonArray(new JsonObject { ["name"] = stack.ContainerName, ["image"] = "worker:latest", ["essential"] = true }),
        });
        account.DynamoDb.Invoke("CreateTable", new JsonObject
        {
            ["TableName"] = stack.LeaseTable,
            ["KeySchema"] = new JsonArray(new JsonObject { ["AttributeName"] = "QueueUrl", ["KeyType"] = "HASH" }),
            ["AttributeDefinitions"] = new JsonArray(new JsonObject { ["AttributeName"] = "QueueUrl", ["AttributeType"] = "S" }),
            ["BillingMode"] = "PAY_PER_REQUEST",
        });
        account.S3.CreateBucket(stack.ManifestBucket);

        var queueUrl = sqs.QueueUrl(stack.QueueName);
        var laneArn = account.StepFunctions.CreateStateMachine(stack.LaneStateMachineName, StateMachineFiles.Read("queue-drain-lane.asl.json"), stack.LaneSubstitutions());
        var arn = account.StepFunctions.CreateStateMachine(stack.StateMachineName, StateMachineFiles.Read("queue-drain.asl.json"), stack.Substitutions(queueUrl, laneArn));
        return new DrainDeployment(account, stack, queueUrl, arn);
    }

    /// <summary>Sends messages to the work queue now, in batches of 10 as a producer would.</summary>
    public IReadOnlyList<string> Send(IEnumerable<string> bodies)
    {
        var ids = new List<string>();
        foreach (var chunk in bodies.Chunk(10))
        {
            var entries = new JsonArray(chunk.Select((body, i) => (JsonNode)new JsonObject { ["Id"] = $"e{i}", ["MessageBody"] = body }).ToArray());
            var answer = Account.Sqs.Invoke("SendMessageBatch", new JsonObject { ["QueueUrl"] = QueueUrl, ["Entries"] = entries });
            ids.AddRange((answer["Successful"] as JsonArray ?? []).Select(e => e!["MessageId"]!.GetValue<string>()));
        }

        return ids;
    }

    /// <summary>Starts a drain execution with <paramref name="trigger"/> as its input.</summary>
    public Orchestrator.States.Execution.Execution Trigger(JsonNode trigger, string? name = null) =>
        Account.StepFunctions.StartExecution(StateMachineArn, trigger, name);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
