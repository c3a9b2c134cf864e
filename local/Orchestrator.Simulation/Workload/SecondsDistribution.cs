using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Workload;

/// <summary>
/// A distribution of durations in seconds, sampled from a <see cref="SeededRandom"/>: fixed,
/// uniform, triangular (min/mode/max), log-normal (median and sigma of the logarithm, or p50 and
/// p95) or exponential (mean).
/// </summary>
/// <remarks>
/// Every sample is clamped at zero (a duration is never negative). Fixed draws nothing from the
/// random source; uniform, triangular and exponential draw one number, log-normal two (Box–Muller), so a
/// change of kind shifts later draws of the same stream — callers fork a stream per purpose.
/// </remarks>
public sealed record SecondsDistribution
{
    private SecondsDistribution(DistributionKind kind, double a, double b, double c)
    {
        if (!double.IsFinite(a) || !double.IsFinite(b) || !double.IsFinite(c))
        {
            throw new ArgumentException($"{kind} distribution parameters must be finite numbers.");
        }

        Kind = kind;
        A = a;
        B = b;
        C = c;
    }

    /// <summary>The shape.</summary>
    public DistributionKind Kind { get; }

    /// <summary>Fixed value, minimum, median (log-normal) or mean (exponential).</summary>
    public double A { get; }

    /// <summary>Maximum (uniform), mode (triangular) or sigma (log-normal).</summary>
    public double B { get; }

    /// <summary>Maximum (triangular).</summary>
    public double C { get; }

    /// <summary>Always <paramref name="seconds"/>.</summary>
    public static SecondsDistribution Fixed(double seconds) =>
        seconds < 0 ? throw new ArgumentOutOfRangeException(nameof(seconds), seconds, "Duration must not be negative.") : new(DistributionKind.Fixed, seconds, 0, 0);

    /// <summary>Uniform in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static SecondsDistribution Uniform(double min, double max) =>
        min < 0 || max < min ? throw new ArgumentException($"Uniform needs 0 <= min <= max, got {min} and {max}.") : new(DistributionKind.Uniform, min, max, 0);

    /// <summary>Triangular with the given minimum, mode and maximum.</summary>
    public static SecondsDistribution Triangular(double min, double mode, double max) =>
        min < 0 || mode < min || max < mode ? throw new ArgumentException($"Triangular needs 0 <= min <= mode <= max, got {min}, {mode}, {max}.") : new(DistributionKind.Triangular, min, mode, max);

    /// <summary>Log-normal whose median is <paramref name="median"/> and whose logarithm has standard deviation <paramref name="sigma"/>.</summary>
    public static SecondsDistribution LogNormal(double median, double sigma) =>
        median <= 0 || sigma < 0 ? throw new ArgumentException($"LogNormal needs median > 0 and sigma >= 0, got {median} and {sigma}.") : new(DistributionKind.LogNormal, median, sigma, 0);

    /// <summary>Log-normal whose median is <paramref name="p50"/> and whose 95th percentile is
    /// <paramref name="p95"/>: sigma = ln(p95 / p50) / z(0.95), z(0.95) = 1.6448536.</summary>
    public static SecondsDistribution LogNormalFromPercentiles(double p50, double p95) =>
        p50 <= 0 || p95 < p50 ? throw new ArgumentException($"LogNormal needs 0 < p50 <= p95, got {p50} and {p95}.") : LogNormal(p50, Math.Log(p95 / p50) / Z95);

    /// <summary>Exponential with mean <paramref name="mean"/> seconds.</summary>
    public static SecondsDistribution Exponential(double mean) =>
        mean < 0 ? throw new ArgumentOutOfRangeException(nameof(mean), mean, "Mean must not be negative.") : new(DistributionKind.Exponential, mean, 0, 0);

    /// <summary>The standard normal's 95th percentile.</summary>
    public const double Z95 = 1.6448536269514722;

    /// <summary>Draws one duration in seconds.</summary>
    public double Sample(SeededRandom random) => Kind switch
    {
        DistributionKind.Fixed => A,
        DistributionKind.Uniform => A + ((B - A) * random.NextDouble()),
        DistributionKind.Triangular => SampleTriangular(random.NextDouble()),
        DistributionKind.LogNormal => A * Math.Exp(B * StandardNormal(random)),
        DistributionKind.Exponential => -A * Math.Log(1.0 - random.NextDouble()),
        _ => throw new InvalidOperationException($"Unknown distribution kind {Kind}."),
    };

    /// <summary>The longest duration <see cref="SampleTime"/> returns: a heavy log-normal tail is cut at a year rather than overflowing.</summary>
    public static TimeSpan MaxSample { get; } = TimeSpan.FromDays(365);

    /// <summary>Draws one duration as a <see cref="TimeSpan"/> (millisecond precision, so runs print the same everywhere), at most <see cref="MaxSample"/>.</summary>
    public TimeSpan SampleTime(SeededRandom random)
    {
        var seconds = Sample(random);
        return double.IsNaN(seconds) || seconds <= 0 ? TimeSpan.Zero
            : seconds >= MaxSample.TotalSeconds ? MaxSample
            : TimeSpan.FromMilliseconds(Math.Round(seconds * 1000));
    }

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        DistributionKind.Fixed => $"fixed({A}s)",
        DistributionKind.Uniform => $"uniform({A}s..{B}s)",
        DistributionKind.Triangular => $"triangular({A}s, {B}s, {C}s)",
        DistributionKind.Exponential => $"exponential(mean {A}s)",
        _ => $"lognormal(median {A}s, sigma {B})",
    };

    private double SampleTriangular(double u)
    {
        var (min, mode, max) = (A, B, C);
        if (max == min)
        {
            return min;
        }

        var split = (mode - min) / (max - min);
        return u < split
            ? min + Math.Sqrt(u * (max - min) * (mode - min))
            : max - Math.Sqrt((1 - u) * (max - min) * (max - mode));
    }

    private static double StandardNormal(SeededRandom random)
    {
        // Box–Muller; 1 - u keeps the logarithm away from zero.
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
