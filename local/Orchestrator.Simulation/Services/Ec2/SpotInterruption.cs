namespace Orchestrator.Simulation.Services.Ec2;

/// <summary>
/// A scheduled Spot interruption: at <see cref="At"/> the <see cref="Count"/> oldest running Spot
/// instances matching the pool filter (null matches any) get the two-minute warning.
/// </summary>
public sealed record SpotInterruption(DateTimeOffset At, int Count = 1, string? InstanceType = null, string? AvailabilityZone = null);
