namespace Orchestrator.Simulation.Services.Ec2;

/// <summary>One instance's billed usage so far (per-second billing with a one-minute minimum, from running until shutting-down).</summary>
public sealed record InstanceUsage(string InstanceId, string InstanceType, string AvailabilityZone, bool IsSpot, double Hours, decimal Cost);
