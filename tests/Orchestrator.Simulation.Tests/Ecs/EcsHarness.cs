using System.Text.Json.Nodes;
using Orchestrator.Simulation.Recording;
using Orchestrator.Simulation.Services;
using Orchestrator.Simulation.Services.Ecs;
using Orchestrator.Simulation.Workload;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Tests.Ecs;

/// <summary>A simulated ECS on a fresh clock with cluster "batch" and task definition "worker" (1 vCPU / 2 GiB).</summary>
internal sealed class EcsHarness
{
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 12, 0, 0, TimeSpan.Zero);

    public EcsHarness(EcsOptions? options = null, WorkloadModel? workload = null, long seed = 42, int stopTimeoutSeconds = 30)
    {
        Scheduler = new Scheduler(Start);
        var random = new SeededRandom(seed);
        Workload = new BatchWorkload(workload ?? new WorkloadModel(), random.Fork(), Log);
        Ecs = new SimulatedEcs(Scheduler, random.Fork(), Workload, options, Metrics);
        Ecs.Invoke("CreateCluster", new JsonObject { ["clusterName"] = "batch" });
        Ecs.Invoke("RegisterTaskDefinition", new JsonObject
        {
            ["family"] = "worker",
            ["cpu"] = "1024",
            ["memory"] = "2048",
            ["containerDefinitions"] = new JsonArray(new JsonObject
            {
                ["name"] = "app",
                ["image"] = "worker:latest",
                ["essential"] = true,
                ["stopTimeout"] = stopTimeoutSeconds,
            }),
        });
    }

    public Scheduler Scheduler { get; }

    public SimulatedEcs Ecs { get; }

    public BatchWorkload Workload { get; }

    public MessageLog Log { get; } = new();

    public InMemoryMetricSink Metrics { get; } = new();

    public JsonObject Call(string operation, JsonObject request) => (JsonObject)Ecs.Invoke(operation, request);

    public AwsServiceException Fails(string operation, JsonObject request) =>
        Assert.Throws<AwsServiceException>(() => Ecs.Invoke(operation, request));

    /// <summary>RunTask on cluster "batch" with the given extra members; returns the whole response.</summary>
    public JsonObject RunTask(JsonObject? extra = null)
    {
        var request = new JsonObject { ["cluster"] = "batch", ["taskDefinition"] = "worker" };
        foreach (var (key, value) in extra ?? [])
        {
            request[key] = value?.DeepClone();
        }

        return Call("RunTask", request);
    }

    public string RunFargate(string provider = "FARGATE", JsonObject? overrides = null)
    {
        var extra = new JsonObject
        {
            ["capacityProviderStrategy"] = new JsonArray(new JsonObject { ["capacityProvider"] = provider, ["weight"] = 1 }),
        };
        if (overrides is not null)
        {
            extra["overrides"] = overrides;
        }

        var response = RunTask(extra);
        return response["tasks"]!.AsArray().Single()!["taskArn"]!.GetValue<string>();
    }

    public JsonObject Describe(string taskArn) =>
        (JsonObject)Call("DescribeTasks", new JsonObject { ["cluster"] = "batch", ["tasks"] = new JsonArray(taskArn) })["tasks"]!.AsArray().Single()!;

    public string Status(string taskArn) => Describe(taskArn)["lastStatus"]!.GetValue<string>();

    public string Register(string ec2InstanceId, int cpu = 4096, int memory = 8192, string provider = "") =>
        Ecs.RegisterContainerInstance("batch", new ContainerInstanceRegistration(ec2InstanceId, cpu, memory, provider));

    /// <summary>Runs the clock until the task is STOPPED (metric ticks may follow, so Run() is not used).</summary>
    public JsonObject RunUntilStopped(string taskArn)
    {
        Assert.True(Scheduler.RunUntil(() => Status(taskArn) == "STOPPED"), $"{taskArn} never stopped.");
        return Describe(taskArn);
    }

    /// <summary>A timestamp member (epoch seconds) as a time.</summary>
    public static DateTimeOffset Time(JsonNode? epochSeconds) =>
        DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(epochSeconds!.GetValue<double>() * 1000));

    public void RunFor(TimeSpan span) => Scheduler.Run(Scheduler.Now + span);

    /// <summary>Overrides that hand the essential container "app" a batch through ORCHESTRATOR_BATCH.</summary>
    public static JsonObject BatchOverrides(params (string Id, string Body)[] messages)
    {
        var batch = new BatchEnvelope(messages.Select(m => new BatchMessage(m.Id, "rh-" + m.Id, m.Body)).ToList());
        return new JsonObject
        {
            ["containerOverrides"] = new JsonArray(new JsonObject
            {
                ["name"] = "app",
                ["environment"] = new JsonArray(new JsonObject { ["name"] = BatchEnvelope.BatchVariable, ["value"] = batch.ToJson() }),
            }),
        };
    }
}
