using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Workload.Traffic;

/// <summary><see cref="Messages"/> messages from <see cref="At"/>, message i at At + Over · i / Messages
/// (every message its own moment, the last one before At + Over); all at once when Over is zero.</summary>
public sealed record BurstTraffic(TimeSpan At, int Messages, TimeSpan Over) : TrafficEntry
{
    public override IEnumerable<TimeSpan> Arrivals(SeededRandom random)
    {
        for (var i = 0; i < Messages; i++)
        {
            yield return At + Fraction(Over, i, Messages);
        }
    }
}
