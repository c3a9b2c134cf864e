using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Workload.Traffic;

/// <summary>
/// One entry of a scenario's traffic: when its messages arrive, the share of them that is poison,
/// and their size. Kinds: <see cref="BurstTraffic"/>, <see cref="PoissonTraffic"/>,
/// <see cref="ProfileTraffic"/>, <see cref="ReplayTraffic"/>; any number of them, mixed.
/// </summary>
/// <remarks>
/// <para>Arrivals are produced lazily and in order, so a million messages cost no memory until they
/// are sent (<see cref="TrafficSender"/>). Every arrival is before the end the entry was checked
/// against (the scenario's horizon).</para>
/// <para>Poison is spread evenly: message n (from 0) of the entry is poison when
/// floor((n + 1) · share) &gt; floor(n · share), so the first N messages hold floor(N · share) poison
/// ones, whatever the kind.</para>
/// </remarks>
public abstract record TrafficEntry
{
    /// <summary>Share of the entry's messages that carry the workload's poison marker, 0 to 1.</summary>
    public double PoisonShare { get; init; }

    /// <summary>Body size in bytes (null: a short body naming the message).</summary>
    public int? MessageSize { get; init; }

    /// <summary>The arrival times, as offsets from the run's start, ascending.</summary>
    public abstract IEnumerable<TimeSpan> Arrivals(SeededRandom random);

    /// <summary>True when message <paramref name="n"/> (from 0) of this entry is poison.</summary>
    public bool IsPoison(long n)
    {
        // The small epsilon keeps 1000 · 0.003 from flooring to 2.
        const double Epsilon = 1e-9;
        return Math.Floor(((n + 1) * PoisonShare) + Epsilon) > Math.Floor((n * PoisonShare) + Epsilon);
    }

    /// <summary>Offset <paramref name="span"/> · <paramref name="i"/> / <paramref name="n"/> without overflow.</summary>
    protected static TimeSpan Fraction(TimeSpan span, long i, long n) => TimeSpan.FromTicks((long)((Int128)span.Ticks * i / n));
}
