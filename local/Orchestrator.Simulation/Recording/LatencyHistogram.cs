namespace Orchestrator.Simulation.Recording;

/// <summary>
/// Durations counted into logarithmic buckets 1 % wide, so percentiles of any number of samples take
/// a fixed amount of memory: about 2,100 buckets span 1 ms to a year. Count, minimum and maximum are exact.
/// </summary>
/// <remarks>A percentile is the nearest-rank bucket's upper bound, clamped to the exact maximum:
/// at most 1 % above the exact nearest-rank value, never below it. Zero durations have a bucket of their own.</remarks>
public sealed class LatencyHistogram
{
    private const double Growth = 1.01;
    private static readonly double LogGrowth = Math.Log(Growth);
    private readonly SortedDictionary<int, long> _buckets = [];

    /// <summary>Durations added.</summary>
    public long Count { get; private set; }

    /// <summary>The longest duration added (zero when none).</summary>
    public TimeSpan Max { get; private set; }

    /// <summary>Adds one duration; a negative one counts as zero.</summary>
    public void Add(TimeSpan duration)
    {
        var ms = Math.Max(0, duration.TotalMilliseconds);
        var bucket = ms < 1 ? -1 : (int)Math.Floor(Math.Log(ms) / LogGrowth);
        _buckets[bucket] = _buckets.GetValueOrDefault(bucket) + 1;
        Count++;
        if (duration > Max)
        {
            Max = duration;
        }
    }

    /// <summary>The nearest-rank <paramref name="p"/> percentile (0 &lt; p ≤ 1), or zero when empty.</summary>
    public TimeSpan Percentile(double p)
    {
        if (Count == 0)
        {
            return TimeSpan.Zero;
        }

        var rank = Math.Clamp((long)Math.Ceiling(p * Count), 1, Count);
        var seen = 0L;
        foreach (var (bucket, n) in _buckets)
        {
            seen += n;
            if (seen >= rank)
            {
                var upper = bucket < 0 ? TimeSpan.Zero : TimeSpan.FromMilliseconds(Math.Pow(Growth, bucket + 1));
                return upper < Max ? upper : Max;
            }
        }

        return Max;
    }
}
