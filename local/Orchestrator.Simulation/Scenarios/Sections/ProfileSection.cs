namespace Orchestrator.Simulation.Scenarios.Sections;

/// <summary><c>profile: {hourly: [24 rates], from, to}</c>: a diurnal day of random arrivals, <c>hourly[h]</c> messages per hour during hour h (UTC), repeated.</summary>
public sealed class ProfileSection
{
    public List<double>? Hourly { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
}
