using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Orchestrator.Simulation.Scenarios;

/// <summary>Durations in scenario files: numbers with units, <c>90s</c>, <c>15m</c>, <c>1h30m</c>, <c>1d</c>.</summary>
public static partial class Durations
{
    public static TimeSpan Parse(string? text, string field)
    {
        var value = (text ?? "").Trim();
        var parts = Part().Matches(value);
        if (value.Length == 0 || parts.Sum(p => p.Length) != value.Length)
        {
            throw ScenarioException.For(field, $"{field}: '{text}' is not a duration (numbers with s, m, h or d, e.g. 90s, 15m, 1h30m).");
        }

        var total = TimeSpan.Zero;
        foreach (Match part in parts)
        {
            var n = double.Parse(part.Groups[1].Value, CultureInfo.InvariantCulture);
            total += part.Groups[2].Value switch
            {
                "s" => TimeSpan.FromSeconds(n),
                "m" => TimeSpan.FromMinutes(n),
                "h" => TimeSpan.FromHours(n),
                _ => TimeSpan.FromDays(n),
            };
        }

        return total;
    }

    /// <summary>A duration written the way scenario files write them (<c>1h30m</c>, <c>90s</c>, <c>0s</c>).</summary>
    public static string Format(TimeSpan span)
    {
        var text = new StringBuilder();
        Append(text, (long)span.TotalDays, "d");
        Append(text, span.Hours, "h");
        Append(text, span.Minutes, "m");
        var seconds = span.Seconds + (span.Milliseconds / 1000.0);
        if (seconds > 0 || text.Length == 0)
        {
            text.Append(seconds.ToString("0.###", CultureInfo.InvariantCulture)).Append('s');
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, long value, string unit)
    {
        if (value > 0)
        {
            text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }

    [GeneratedRegex(@"(\d+(?:\.\d+)?)([smhd])")]
    private static partial Regex Part();
}
