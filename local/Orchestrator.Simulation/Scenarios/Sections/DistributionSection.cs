using Orchestrator.Simulation.Scenarios.Reading;

namespace Orchestrator.Simulation.Scenarios.Sections;

/// <summary>
/// A duration in seconds as a distribution: a plain number (fixed), or exactly one of
/// <c>{fixed: 20}</c>, <c>{uniform: {min, max}}</c>, <c>{lognormal: {p50, p95}}</c>,
/// <c>{exponential: {mean}}</c>.
/// </summary>
[ScalarForm(nameof(Fixed))]
public sealed class DistributionSection
{
    public double? Fixed { get; set; }
    public UniformSection? Uniform { get; set; }
    public LogNormalSection? Lognormal { get; set; }
    public ExponentialSection? Exponential { get; set; }
}
