namespace Orchestrator.Simulation.Services.Ecs;

/// <summary>
/// An EC2 instance joining a cluster (what the ECS agent's RegisterContainerInstance carries), used by
/// the simulated EC2 / Auto Scaling side through <see cref="SimulatedEcs.RegisterContainerInstance"/>.
/// </summary>
/// <param name="Ec2InstanceId">The EC2 instance id (i-…).</param>
/// <param name="Cpu">CPU units it offers (1024 per vCPU).</param>
/// <param name="Memory">Memory in MiB it offers to tasks.</param>
/// <param name="CapacityProviderName">Its Auto Scaling group capacity provider, or "" for none.</param>
/// <param name="Attributes">Attributes (e.g. ecs.instance-type, ecs.availability-zone), matched by cluster queries.</param>
public sealed record ContainerInstanceRegistration(
    string Ec2InstanceId,
    int Cpu,
    int Memory,
    string CapacityProviderName = "",
    IReadOnlyDictionary<string, string>? Attributes = null);
