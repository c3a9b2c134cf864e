using System.Globalization;
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
            throw new ScenarioException($"{field}: '{text}' is not a duration (numbers with s, m, h or d, e.g. 90s, 15m, 1h30m).");
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

    [GeneratedRegex(@"(\d+(?:\.\d+)?)([smhd])")]
    private static partial Regex Part();
}
