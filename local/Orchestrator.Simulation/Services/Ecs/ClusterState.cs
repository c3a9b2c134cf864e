namespace Orchestrator.Simulation.Services.Ecs;

/// <summary>One cluster and everything in it, in creation order (so listings are stable).</summary>
internal sealed class ClusterState
{
    public required string Name { get; init; }

    public required string Arn { get; init; }

    public System.Text.Json.Nodes.JsonArray Tags { get; init; } = [];

    /// <summary>The cluster's default capacity provider strategy, used when RunTask names neither launch type nor strategy.</summary>
    public System.Text.Json.Nodes.JsonArray DefaultStrategy { get; init; } = [];

    public List<TaskState> Tasks { get; } = [];

    public List<ContainerInstanceState> Instances { get; } = [];

    public List<ServiceState> Services { get; } = [];

    /// <summary>Tasks of Auto Scaling group providers with managed scaling, waiting in PROVISIONING for an instance.</summary>
    public List<TaskState> AwaitingCapacity { get; } = [];
}
