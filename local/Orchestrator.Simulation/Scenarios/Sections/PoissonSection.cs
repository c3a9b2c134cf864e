namespace Orchestrator.Simulation.Scenarios.Sections;

/// <summary><c>poisson: {rate, from, to}</c>: random arrivals at <c>rate</c> (<c>30/m</c>, <c>2/s</c>, <c>500/h</c>) between <c>from</c> and <c>to</c>.</summary>
public sealed class PoissonSection
{
    public string? Rate { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
}
