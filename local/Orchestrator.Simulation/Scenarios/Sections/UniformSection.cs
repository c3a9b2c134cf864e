namespace Orchestrator.Simulation.Scenarios.Sections;

/// <summary><c>uniform: {min, max}</c> seconds.</summary>
public sealed class UniformSection
{
    public double? Min { get; set; }
    public double? Max { get; set; }
}
