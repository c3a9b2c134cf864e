namespace Orchestrator.Simulation.Scenarios.Sections;

/// <summary><c>burst: {at, messages, over}</c>: <c>messages</c> sent from <c>at</c>, spread evenly over <c>over</c> (all at once when 0).</summary>
public sealed class BurstSection
{
    public string? At { get; set; }
    public int? Messages { get; set; }
    public string? Over { get; set; }
}
