namespace Orchestrator.Simulation.Services.Ec2;

/// <summary>An instance as the lifecycle hook sees it (immutable copy).</summary>
/// <param name="InstanceId">i-…</param>
/// <param name="InstanceType">e.g. m5.large.</param>
/// <param name="AvailabilityZone">e.g. us-east-1a.</param>
/// <param name="IsSpot">True for a Spot instance.</param>
/// <param name="VCpu">Its vCPUs (ECS registers 1024 CPU units per vCPU).</param>
/// <param name="MemoryMiB">Its memory.</param>
/// <param name="Tags">Its tags (aws:ec2spot:fleet-request-id and aws:autoscaling:groupName as AWS sets them).</param>
public sealed record Ec2InstanceSnapshot(
    string InstanceId,
    string InstanceType,
    string AvailabilityZone,
    bool IsSpot,
    int VCpu,
    int MemoryMiB,
    IReadOnlyDictionary<string, string> Tags);
