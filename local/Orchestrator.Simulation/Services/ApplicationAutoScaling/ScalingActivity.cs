namespace Orchestrator.Simulation.Services.ApplicationAutoScaling;

/// <summary>One change of a scalable target's desired capacity (DescribeScalingActivities, simplified).</summary>
public sealed record ScalingActivity(DateTimeOffset Time, string ResourceId, string Policy, int From, int To, string Cause);
