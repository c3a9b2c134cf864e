namespace Orchestrator.Simulation.Scenarios.Sections;

/// <summary><c>replay: {file, at, period}</c>: a CSV of <c>timestamp,count</c> rows (e.g. an export of
/// the queue's NumberOfMessagesSent per minute); each row's count is spread over <c>period</c>, the
/// first row lands at <c>at</c>.</summary>
public sealed class ReplaySection
{
    public string? File { get; set; }
    public string? At { get; set; }
    public string? Period { get; set; }
}
