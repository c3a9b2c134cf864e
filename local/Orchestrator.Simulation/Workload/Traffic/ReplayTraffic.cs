using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Workload.Traffic;

/// <summary>A recorded send history played back: each row's count spread evenly over
/// <see cref="Period"/> from the row's offset (message j of a row of n at offset + Period · j / n).</summary>
public sealed record ReplayTraffic(IReadOnlyList<ReplayRow> Rows, TimeSpan Period) : TrafficEntry
{
    public override IEnumerable<TimeSpan> Arrivals(SeededRandom random)
    {
        foreach (var row in Rows)
        {
            for (var j = 0; j < row.Count; j++)
            {
                yield return row.Offset + Fraction(Period, j, row.Count);
            }
        }
    }
}
