namespace Orchestrator.Simulation.Integrations;

/// <summary>Timing of service calls made by state machines.</summary>
/// <remarks>ApiLatency 20 ms: a typical in-region AWS API round trip; it keeps a loop of calls
/// from running at a single virtual instant, which no real workflow can.</remarks>
public sealed record IntegrationOptions
{
    public TimeSpan ApiLatency { get; init; } = TimeSpan.FromMilliseconds(20);
}
