namespace Orchestrator.Core.Capacity;

/// <summary>The SNS message the capacity workflows publish when they change capacity (sent as a JSON object).</summary>
/// <param name="Workflow">spot-interruption, capacity-backfill or return-to-spot.</param>
/// <param name="InstanceId">The instance concerned, when there is one.</param>
public sealed record CapacityNotification(
    string Workflow,
    string Event,
    string? InstanceId,
    string OnDemandGroupName,
    int PreviousDesiredCapacity,
    int DesiredCapacity,
    string Reason);
