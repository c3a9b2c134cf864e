namespace Orchestrator.Simulation.Services.Ec2;

/// <summary>
/// What the rest of the simulated account learns about EC2 instances (the composition connects it to
/// ECS: register a container instance when running, deregister when terminated).
/// </summary>
public interface IInstanceLifecycleHook
{
    /// <summary>The instance reached <c>running</c>.</summary>
    void InstanceRunning(Ec2InstanceSnapshot instance);

    /// <summary>The instance entered <c>shutting-down</c>.</summary>
    void InstanceTerminating(Ec2InstanceSnapshot instance, InstanceTerminationCause cause);

    /// <summary>The instance is <c>terminated</c>.</summary>
    void InstanceTerminated(Ec2InstanceSnapshot instance, InstanceTerminationCause cause);
}
