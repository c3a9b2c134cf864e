namespace Orchestrator.Simulation.Services.Ec2;

/// <summary>Why an instance is being terminated.</summary>
public enum InstanceTerminationCause
{
    /// <summary>TerminateInstances, or a fleet or group terminating it on a user's request.</summary>
    UserInitiated,

    /// <summary>EC2 reclaimed the Spot capacity (after the two-minute warning).</summary>
    SpotInterruption,

    /// <summary>A Spot Fleet or Auto Scaling group scaled in, or replaced it.</summary>
    ScaleIn,
}
