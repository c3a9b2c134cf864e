namespace Orchestrator.Simulation.Services.ApplicationAutoScaling;

/// <summary>An ECS service registered as a scalable target (ServiceNamespace ecs, ScalableDimension
/// ecs:service:DesiredCount, ResourceId service/CLUSTER/SERVICE) with its capacity limits.</summary>
public sealed record ScalableTarget(string Cluster, string Service, int MinCapacity, int MaxCapacity)
{
    public string ResourceId => $"service/{Cluster}/{Service}";

    public int Clamp(int capacity) => Math.Clamp(capacity, MinCapacity, MaxCapacity);
}
