using System.Text.Json.Nodes;
using Orchestrator.Simulation.Account;
using Orchestrator.Simulation.Workload;

namespace Orchestrator.Simulation.Tests.Account;

/// <summary>A whole simulated account with an EC2 cluster "batch", task definition "worker" (1 vCPU / 2 GiB) and tasks that run 10 minutes.</summary>
internal sealed class AccountHarness
{
    public AccountHarness(AccountOptions? options = null)
    {
        Account = new SimulatedAccount((options ?? new AccountOptions()) with
        {
            Workload = new WorkloadModel { DurationPerBatch = SecondsDistribution.Fixed(600) },
        });
        Ecs("CreateCluster", new JsonObject { ["clusterName"] = "batch" });
        Ecs("RegisterTaskDefinition", new JsonObject
        {
            ["family"] = "worker",
            ["cpu"] = "1024",
            ["memory"] = "2048",
            ["containerDefinitions"] = new JsonArray(new JsonObject { ["name"] = "app", ["image"] = "worker:latest", ["essential"] = true }),
        });
    }

    public SimulatedAccount Account { get; }

    public DateTimeOffset Now => Account.Scheduler.Now;

    public JsonObject Ecs(string operation, JsonObject request) => Account.Ecs.Invoke(operation, request).AsObject();

    public void RunFor(TimeSpan span) => Account.Scheduler.Run(Account.Scheduler.Now + span);

    public JsonObject Task(string arn) =>
        Ecs("DescribeTasks", new JsonObject { ["cluster"] = "batch", ["tasks"] = new JsonArray(arn) })["tasks"]![0]!.AsObject();

    /// <summary>The EC2 instance id behind a container instance ARN.</summary>
    public string InstanceOf(string containerInstanceArn) =>
        Ecs("DescribeContainerInstances", new JsonObject { ["cluster"] = "batch", ["containerInstances"] = new JsonArray(containerInstanceArn) })
            ["containerInstances"]![0]!["ec2InstanceId"]!.GetValue<string>();

    /// <summary>An SQS queue; returns its URL and ARN.</summary>
    public (string Url, string Arn) Queue(string name)
    {
        var url = Account.Sqs.Invoke("CreateQueue", new JsonObject { ["QueueName"] = name })["QueueUrl"]!.GetValue<string>();
        return (url, $"arn:aws:sqs:us-east-1:123456789012:{name}");
    }

    /// <summary>The bodies of the messages waiting in a queue (received once, with a long visibility timeout).</summary>
    public List<string> Bodies(string url) =>
        Account.Sqs.Invoke("ReceiveMessage", new JsonObject { ["QueueUrl"] = url, ["MaxNumberOfMessages"] = 10, ["VisibilityTimeout"] = 3600 })
            ["Messages"]?.AsArray().Select(m => m!["Body"]!.GetValue<string>()).ToList() ?? [];
}
