using Orchestrator.Simulation.Services.Ecs;

namespace Orchestrator.Simulation.Services.Ec2;

/// <summary>
/// Connects EC2 instances to the simulated ECS, as the ECS agent would: a running instance registers as a
/// container instance of the cluster <paramref name="route"/> names (null: not an ECS host), and a
/// terminated one is reported gone, so its tasks stop (SpotInterruption stop code after a Spot interruption).
/// </summary>
/// <remarks>
/// CPU is registered as 1024 units per vCPU; memory as the type's memory less
/// <paramref name="reservedMemoryMiB"/> (the agent registers somewhat less than the nominal size; AWS
/// gives no per-type figure, so the default reserves nothing). Attributes ecs.instance-type,
/// ecs.availability-zone and ecs.os-type are set as the agent sets them.
/// </remarks>
public sealed class EcsLifecycleHook(
    SimulatedEcs ecs,
    Func<Ec2InstanceSnapshot, (string Cluster, string CapacityProvider)?> route,
    int reservedMemoryMiB = 0) : IInstanceLifecycleHook
{
    /// <inheritdoc/>
    public void InstanceRunning(Ec2InstanceSnapshot instance)
    {
        if (route(instance) is not { } target)
        {
            return;
        }

        ecs.RegisterContainerInstance(target.Cluster, new ContainerInstanceRegistration(
            instance.InstanceId,
            instance.VCpu * 1024,
            instance.MemoryMiB - reservedMemoryMiB,
            target.CapacityProvider,
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["ecs.instance-type"] = instance.InstanceType,
                ["ecs.availability-zone"] = instance.AvailabilityZone,
                ["ecs.os-type"] = "linux",
            }));
    }

    /// <inheritdoc/>
    public void InstanceTerminating(Ec2InstanceSnapshot instance, InstanceTerminationCause cause)
    {
        // Draining on the interruption warning is the workflows' job (EventBridge), not the agent's here.
    }

    /// <inheritdoc/>
    public void InstanceTerminated(Ec2InstanceSnapshot instance, InstanceTerminationCause cause) =>
        ecs.InstanceTerminated(instance.InstanceId, cause == InstanceTerminationCause.SpotInterruption);
}
