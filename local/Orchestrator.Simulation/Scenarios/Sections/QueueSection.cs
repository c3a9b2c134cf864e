namespace Orchestrator.Simulation.Scenarios.Sections;

/// <summary><c>queue:</c> the user's work queue (not a stack parameter): its redrive policy's
/// maxReceiveCount, visibility timeout and retention period, with AWS's defaults.</summary>
public sealed class QueueSection
{
    public int? MaxReceiveCount { get; set; }
    public string? VisibilityTimeout { get; set; }
    public string? Retention { get; set; }
}
