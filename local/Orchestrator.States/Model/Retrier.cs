namespace Orchestrator.States.Model;

/// <summary>One Retry entry.</summary>
/// <remarks>Defaults are AWS's: IntervalSeconds 1, MaxAttempts 3 (0 = never retry), BackoffRate
/// 2.0, no MaxDelaySeconds cap, JitterStrategy NONE.</remarks>
public sealed class Retrier
{
    internal Retrier(IReadOnlyList<string> errorEquals) => ErrorEquals = errorEquals;

    /// <summary>The error names this retrier handles.</summary>
    public IReadOnlyList<string> ErrorEquals { get; }

    /// <summary>Seconds before the first retry.</summary>
    public int IntervalSeconds { get; internal init; } = 1;

    /// <summary>How many retries at most.</summary>
    public int MaxAttempts { get; internal init; } = 3;

    /// <summary>The multiplier applied to the interval after each retry.</summary>
    public double BackoffRate { get; internal init; } = 2.0;

    /// <summary>The cap on any one interval, or null.</summary>
    public int? MaxDelaySeconds { get; internal init; }

    /// <summary>True for JitterStrategy FULL: each delay is drawn uniformly from [0, delay).</summary>
    public bool FullJitter { get; internal init; }

    /// <summary>True when <paramref name="error"/> is one this retrier handles.</summary>
    public bool Matches(string error) => ErrorMatcher.Matches(ErrorEquals, error);

    /// <summary>The largest delay used without MaxDelaySeconds: AWS's maximum MaxDelaySeconds
    /// (31,622,400 s, one year), so a long backoff never overflows.</summary>
    public const double LongestDelaySeconds = 31_622_400;

    /// <summary>The delay before retry number <paramref name="retry"/> (0-based), before jitter.</summary>
    public double DelaySeconds(int retry)
    {
        var delay = Math.Min(IntervalSeconds * Math.Pow(BackoffRate, retry), LongestDelaySeconds);
        return MaxDelaySeconds is { } cap ? Math.Min(delay, cap) : delay;
    }
}
