using System.Text.Json.Nodes;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Services.Ecs;

/// <summary>One task from RunTask or a service, through PROVISIONING → PENDING → RUNNING → … → STOPPED.</summary>
internal sealed class TaskState
{
    public required string Arn { get; init; }

    public required ClusterState Cluster { get; init; }

    public required TaskDefinitionState Definition { get; init; }

    /// <summary>FARGATE or EC2.</summary>
    public required string LaunchType { get; init; }

    /// <summary>FARGATE, FARGATE_SPOT, an Auto Scaling group provider, or "" for the EC2 launch type.</summary>
    public required string CapacityProviderName { get; init; }

    public required string Group { get; init; }

    public string? StartedBy { get; init; }

    public JsonArray Tags { get; init; } = [];

    public JsonObject Overrides { get; init; } = new() { ["containerOverrides"] = new JsonArray(), ["inferenceAcceleratorOverrides"] = new JsonArray() };

    public ServiceState? Service { get; init; }

    public required List<ContainerRun> Containers { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public TaskPlan Plan { get; set; } = TaskPlan.UntilStopped;

    public ContainerInstanceState? Instance { get; set; }

    public string LastStatus { get; set; } = "PROVISIONING";

    public string DesiredStatus { get; set; } = "RUNNING";

    public DateTimeOffset? PullStartedAt { get; set; }

    public DateTimeOffset? PullStoppedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? StoppingAt { get; set; }

    public DateTimeOffset? ExecutionStoppedAt { get; set; }

    public DateTimeOffset? StoppedAt { get; set; }

    public string? StopCode { get; set; }

    public string? StoppedReason { get; set; }

    public long Version { get; set; } = 1;

    /// <summary>True once the behaviour was told the containers started.</summary>
    public bool BehaviourStarted { get; set; }

    /// <summary>The next lifecycle event; cancelled when a stop overtakes it.</summary>
    public ScheduledEvent? NextEvent { get; set; }

    /// <summary>When the essential container will exit on its own, if it will.</summary>
    public DateTimeOffset? NaturalExitAt { get; set; }

    public bool IsStopped => LastStatus == "STOPPED";

    public bool IsFargate => LaunchType == "FARGATE";

    public ContainerRun Essential => Containers.First(c => c.Spec.Essential);

    public JsonObject ToJson(string availabilityZone)
    {
        var containers = new JsonArray();
        foreach (var c in Containers)
        {
            containers.Add(c.ToJson(Arn));
        }

        var json = new JsonObject
        {
            ["attachments"] = new JsonArray(),
            ["attributes"] = new JsonArray(),
            ["availabilityZone"] = availabilityZone,
            ["clusterArn"] = Cluster.Arn,
            ["containers"] = containers,
            ["cpu"] = EcsJson.Number(Definition.Cpu),
            ["createdAt"] = EcsJson.Time(CreatedAt),
            ["desiredStatus"] = DesiredStatus,
            ["enableExecuteCommand"] = false,
            ["group"] = Group,
            ["lastStatus"] = LastStatus,
            ["launchType"] = LaunchType,
            ["memory"] = EcsJson.Number(Definition.Memory),
            ["overrides"] = Overrides.DeepClone(),
            ["tags"] = Tags.DeepClone(),
            ["taskArn"] = Arn,
            ["taskDefinitionArn"] = Definition.Arn,
            ["version"] = Version,
        };
        if (CapacityProviderName.Length > 0)
        {
            json["capacityProviderName"] = CapacityProviderName;
        }

        if (IsFargate)
        {
            json["platformVersion"] = "1.4.0";
            json["platformFamily"] = "Linux";
        }

        EcsJson.Put(json, "containerInstanceArn", Instance?.Arn is { } ci ? JsonValue.Create(ci) : null);
        EcsJson.Put(json, "startedBy", StartedBy is { } by ? JsonValue.Create(by) : null);
        EcsJson.Put(json, "pullStartedAt", EcsJson.Time(PullStartedAt));
        EcsJson.Put(json, "pullStoppedAt", EcsJson.Time(PullStoppedAt));
        EcsJson.Put(json, "startedAt", EcsJson.Time(StartedAt));
        EcsJson.Put(json, "stoppingAt", EcsJson.Time(StoppingAt));
        EcsJson.Put(json, "executionStoppedAt", EcsJson.Time(ExecutionStoppedAt));
        EcsJson.Put(json, "stoppedAt", EcsJson.Time(StoppedAt));
        EcsJson.Put(json, "stopCode", StopCode is { } code ? JsonValue.Create(code) : null);
        EcsJson.Put(json, "stoppedReason", StoppedReason is { } reason ? JsonValue.Create(reason) : null);
        return json;
    }
}
