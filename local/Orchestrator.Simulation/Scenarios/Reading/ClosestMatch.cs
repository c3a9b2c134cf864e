namespace Orchestrator.Simulation.Scenarios.Reading;

/// <summary>The valid name closest to a misspelt one, for "did you mean" hints.</summary>
public static class ClosestMatch
{
    /// <summary>The candidate nearest to <paramref name="given"/> (edit distance, ignoring case), or null
    /// when none is near enough to be a plausible typo (at most a third of the name, and at least 2, differs).</summary>
    public static string? Find(string given, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(given.ToUpperInvariant(), candidate.ToUpperInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best is not null && bestDistance <= Math.Max(2, given.Length / 3) ? best : null;
    }

    /// <summary>" Did you mean `x`?" or empty.</summary>
    public static string Hint(string given, IEnumerable<string> candidates) =>
        Find(given, candidates) is { } match ? $" Did you mean `{match}`?" : "";

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
