namespace Orchestrator.Simulation.Scenarios.Sections;

/// <summary><c>exponential: {mean}</c> seconds.</summary>
public sealed class ExponentialSection
{
    public double? Mean { get; set; }
}
