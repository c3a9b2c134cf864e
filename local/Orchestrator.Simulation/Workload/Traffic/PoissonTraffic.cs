using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Workload.Traffic;

/// <summary>Random arrivals at <see cref="RatePerSecond"/> from <see cref="From"/> until before
/// <see cref="To"/>: exponential gaps of mean 1 / rate, so the count in the window is Poisson
/// with mean rate · (To − From).</summary>
public sealed record PoissonTraffic(double RatePerSecond, TimeSpan From, TimeSpan To) : TrafficEntry
{
    public override IEnumerable<TimeSpan> Arrivals(SeededRandom random) => Between(random, RatePerSecond, From, To);

    /// <summary>Poisson arrivals at <paramref name="rate"/> per second in [from, to).</summary>
    internal static IEnumerable<TimeSpan> Between(SeededRandom random, double rate, TimeSpan from, TimeSpan to)
    {
        if (rate <= 0)
        {
            yield break;
        }

        var t = from.TotalSeconds;
        var end = to.TotalSeconds;
        while (true)
        {
            t += -Math.Log(1.0 - random.NextDouble()) / rate;
            if (t >= end)
            {
                yield break;
            }

            yield return TimeSpan.FromSeconds(t);
        }
    }
}
