using Orchestrator.Simulation.Scenarios.Sections;
using Orchestrator.Simulation.Workload;
using static Orchestrator.Simulation.Scenarios.ScenarioValues;

namespace Orchestrator.Simulation.Scenarios;

/// <summary>A <see cref="DistributionSection"/> (a plain number, or one of fixed, uniform, lognormal,
/// exponential) turned into a <see cref="SecondsDistribution"/>, every parameter checked.</summary>
internal static class ScenarioDistributions
{
    public static SecondsDistribution Parse(DistributionSection? d, string where, SecondsDistribution fallback)
    {
        if (d is null)
        {
            return fallback;
        }

        var given = new object?[] { d.Fixed, d.Uniform, d.Lognormal, d.Exponential }.Count(v => v is not null);
        if (given != 1)
        {
            throw ScenarioException.For(where, $"{where} must be a number of seconds or exactly one of fixed, uniform: {{min, max}}, lognormal: {{p50, p95}}, exponential: {{mean}}.");
        }

        if (d.Fixed is { } seconds)
        {
            return SecondsDistribution.Fixed(NonNegative(seconds, where));
        }

        if (d.Uniform is { } u)
        {
            var min = NonNegative(Required(u.Min, $"{where}.uniform.min"), $"{where}.uniform.min");
            var max = NonNegative(Required(u.Max, $"{where}.uniform.max"), $"{where}.uniform.max");
            return max >= min ? SecondsDistribution.Uniform(min, max) : throw ScenarioException.For($"{where}.uniform.max", $"{where}.uniform: max ({max}) must not be below min ({min}).");
        }

        if (d.Lognormal is { } l)
        {
            var p50 = Positive(Required(l.P50, $"{where}.lognormal.p50"), $"{where}.lognormal.p50");
            var p95 = Positive(Required(l.P95, $"{where}.lognormal.p95"), $"{where}.lognormal.p95");
            return p95 >= p50 ? SecondsDistribution.LogNormalFromPercentiles(p50, p95) : throw ScenarioException.For($"{where}.lognormal.p95", $"{where}.lognormal: p95 ({p95}) must not be below p50 ({p50}).");
        }

        return SecondsDistribution.Exponential(Positive(Required(d.Exponential!.Mean, $"{where}.exponential.mean"), $"{where}.exponential.mean"));
    }
}
