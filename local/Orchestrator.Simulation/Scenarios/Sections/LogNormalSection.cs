namespace Orchestrator.Simulation.Scenarios.Sections;

/// <summary><c>lognormal: {p50, p95}</c>: the median and the 95th percentile in seconds.</summary>
public sealed class LogNormalSection
{
    public double? P50 { get; set; }
    public double? P95 { get; set; }
}
