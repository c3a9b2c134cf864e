using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.Ecs;

/// <summary>An ECS service: the scheduler keeps <see cref="DesiredCount"/> tasks of its definition running.</summary>
internal sealed class ServiceState
{
    public required string Name { get; init; }

    public required string Arn { get; init; }

    public required ClusterState Cluster { get; init; }

    public required TaskDefinitionState Definition { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>"ecs-svc/" and 19 digits, the startedBy of its tasks.</summary>
    public required string StartedBy { get; init; }

    public required string DeploymentId { get; init; }

    public string? LaunchType { get; init; }

    public JsonArray Strategy { get; init; } = [];

    public int DesiredCount { get; set; }

    public string Status { get; set; } = "ACTIVE";

    /// <summary>Its tasks that are not STOPPED, in launch order (kept by the simulation as tasks start and stop).</summary>
    public List<TaskState> LiveTasks { get; } = [];

    public int RunningCount => LiveTasks.Count(t => t.LastStatus == "RUNNING");

    public int PendingCount => LiveTasks.Count(t => t.LastStatus is "PENDING" or "PROVISIONING");

    public JsonObject ToJson(DateTimeOffset now)
    {
        var deployment = new JsonObject
        {
            ["id"] = DeploymentId,
            ["status"] = "PRIMARY",
            ["taskDefinition"] = Definition.Arn,
            ["desiredCount"] = DesiredCount,
            ["pendingCount"] = PendingCount,
            ["runningCount"] = RunningCount,
            ["failedTasks"] = 0,
            ["createdAt"] = EcsJson.Time(CreatedAt),
            ["updatedAt"] = EcsJson.Time(now),
            ["rolloutState"] = RunningCount == DesiredCount ? "COMPLETED" : "IN_PROGRESS",
        };
        var json = new JsonObject
        {
            ["serviceArn"] = Arn,
            ["serviceName"] = Name,
            ["clusterArn"] = Cluster.Arn,
            ["status"] = Status,
            ["desiredCount"] = DesiredCount,
            ["runningCount"] = RunningCount,
            ["pendingCount"] = PendingCount,
            ["taskDefinition"] = Definition.Arn,
            ["deployments"] = new JsonArray(deployment),
            ["events"] = new JsonArray(),
            ["createdAt"] = EcsJson.Time(CreatedAt),
            ["schedulingStrategy"] = "REPLICA",
            ["deploymentController"] = new JsonObject { ["type"] = "ECS" },
        };
        if (LaunchType is { } launchType)
        {
            json["launchType"] = launchType;
            deployment["launchType"] = launchType;
        }

        if (Strategy.Count > 0)
        {
            json["capacityProviderStrategy"] = Strategy.DeepClone();
            deployment["capacityProviderStrategy"] = Strategy.DeepClone();
        }

        return json;
    }
}
