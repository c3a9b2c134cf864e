using System.Text.Json.Nodes;
using Orchestrator.Core.QueueDrain;
using Orchestrator.Simulation.Models;
using Orchestrator.Simulation.Services.Ecs;
using Orchestrator.Simulation.Tests.Ecs;
using Orchestrator.Simulation.Workload;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Tests.Workload;

/// <summary>What the drain's BatchBuilder writes is what the simulated worker reads, inline and through an S3 manifest.</summary>
public class BatchContractTests
{
    private static JsonArray Receives(int count, int bodyLength)
    {
        var messages = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            messages.Add(new JsonObject
            {
                ["MessageId"] = $"msg-{i}",
                ["ReceiptHandle"] = $"rh-{i}",
                ["Body"] = new string('x', bodyLength),
                ["Attributes"] = new JsonObject { ["ApproximateReceiveCount"] = "1" },
            });
        }

        return [new JsonObject { ["Messages"] = messages }];
    }

    private static DrainSettings Settings => new()
    {
        QueueUrl = "https://sqs.us-east-1.amazonaws.com/123456789012/orders",
        Cluster = "batch",
        TaskDefinition = "worker",
        ContainerName = "app",
        ManifestBucket = "manifests",
    };

    /// <summary>Runs the plan's overrides (PascalCase, as the ecs:runTask integration takes them) and returns the message ids the worker recorded.</summary>
    private static List<string> RunAndRecord(BatchPlan plan, Func<string, string, string?> readObject)
    {
        var scheduler = new Scheduler(EcsHarness.Start);
        var log = new Orchestrator.Simulation.Recording.MessageLog();
        var workload = new BatchWorkload(new WorkloadModel(), new SeededRandom(1), log, readObject);
        var ecs = new SimulatedEcs(scheduler, new SeededRandom(2), workload);
        ecs.Invoke("CreateCluster", new JsonObject { ["clusterName"] = "batch" });
        ecs.Invoke("RegisterTaskDefinition", new JsonObject
        {
            ["family"] = "worker",
            ["cpu"] = "256",
            ["memory"] = "512",
            ["containerDefinitions"] = new JsonArray(new JsonObject { ["name"] = "app", ["image"] = "worker" }),
        });
        var request = MemberNames.ToModel("ecs", "RunTask", new JsonObject
        {
            ["Cluster"] = "batch",
            ["TaskDefinition"] = "worker",
            ["LaunchType"] = "FARGATE",
            ["Overrides"] = plan.Overrides.DeepClone(),
        });
        var arn = ((JsonObject)ecs.Invoke("RunTask", request))["tasks"]![0]!["taskArn"]!.GetValue<string>();
        scheduler.RunUntil(() => ecs.FindTask(arn)!["lastStatus"]!.GetValue<string>() == "STOPPED");
        Assert.Equal(0, ecs.FindTask(arn)!["containers"]![0]!["exitCode"]!.GetValue<int>());
        return log.Events.Where(e => e.Kind == Orchestrator.Simulation.Recording.MessageEventKind.TaskStarted).Select(e => e.MessageId).ToList();
    }

    [Fact]
    public void InlineBatch_FromBatchBuilder_IsReadByTheWorker()
    {
        var plan = BatchBuilder.Build(Receives(3, 20), Settings, "b1");
        Assert.Null(plan.Manifest);

        Assert.Equal(["msg-0", "msg-1", "msg-2"], RunAndRecord(plan, (_, _) => null));
    }

    [Fact]
    public void ManifestBatch_FromBatchBuilder_IsReadThroughS3()
    {
        var plan = BatchBuilder.Build(Receives(10, 2000), Settings, "b2");
        var manifest = Assert.IsType<ManifestObject>(plan.Manifest);

        var ids = RunAndRecord(plan, (bucket, key) => bucket == manifest.Bucket && key == manifest.Key ? manifest.Body : null);

        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"msg-{i}"), ids);
    }
}
