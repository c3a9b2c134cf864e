using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Workload.Traffic;

/// <summary>A diurnal day: during hour h of each day (from the run's start, 00:00 UTC) messages arrive
/// at random (Poisson) at <see cref="Hourly"/>[h] per hour, from <see cref="From"/> until before
/// <see cref="To"/>, the 24 rates repeated every day.</summary>
public sealed record ProfileTraffic(IReadOnlyList<double> Hourly, TimeSpan From, TimeSpan To) : TrafficEntry
{
    public override IEnumerable<TimeSpan> Arrivals(SeededRandom random)
    {
        var hour = TimeSpan.FromHours(1);
        for (var start = From; start < To;)
        {
            var index = (long)Math.Floor(start / hour);
            var end = TimeSpan.FromHours(index + 1) < To ? TimeSpan.FromHours(index + 1) : To;
            foreach (var arrival in PoissonTraffic.Between(random, Hourly[(int)(index % 24)] / 3600, start, end))
            {
                yield return arrival;
            }

            start = end;
        }
    }
}
