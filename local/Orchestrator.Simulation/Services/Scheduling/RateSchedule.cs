using System.Globalization;

namespace Orchestrator.Simulation.Services.Scheduling;

/// <summary>
/// <c>rate(value unit)</c>: a positive whole value and a unit of minute(s), hour(s) or day(s); AWS
/// requires the singular unit for 1 and the plural otherwise ("If the value is equal to 1, then the
/// unit must be singular. If the value is greater than 1, the unit must be plural").
/// </summary>
public sealed class RateSchedule : ScheduleExpression
{
    private RateSchedule(string text, TimeSpan period)
    {
        Text = text;
        Period = period;
    }

    /// <inheritdoc/>
    public override string Text { get; }

    /// <summary>The time between firings.</summary>
    public TimeSpan Period { get; }

    /// <inheritdoc/>
    public override DateTimeOffset? NextAfter(DateTimeOffset after, TimeZoneInfo? zone = null) => after + Period;

    internal static RateSchedule ParseBody(string body, string text)
    {
        var parts = body.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2)
        {
            throw new FormatException($"Schedule expression '{text}' is not valid: rate needs 'value unit', e.g. rate(5 minutes).");
        }

        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
        {
            throw new FormatException($"Schedule expression '{text}' is not valid: rate value '{parts[0]}' must be a positive whole number.");
        }

        var (singular, unit) = parts[1] switch
        {
            "minute" => (true, TimeSpan.FromMinutes(1)),
            "minutes" => (false, TimeSpan.FromMinutes(1)),
            "hour" => (true, TimeSpan.FromHours(1)),
            "hours" => (false, TimeSpan.FromHours(1)),
            "day" => (true, TimeSpan.FromDays(1)),
            "days" => (false, TimeSpan.FromDays(1)),
            _ => throw new FormatException($"Schedule expression '{text}' is not valid: rate unit '{parts[1]}' must be minute(s), hour(s) or day(s)."),
        };
        if (singular != (value == 1))
        {
            throw new FormatException($"Schedule expression '{text}' is not valid: rate unit must be {(value == 1 ? "singular" : "plural")} for the value {value}.");
        }

        return new RateSchedule(text, unit * value);
    }
}
