using System.Diagnostics.CodeAnalysis;

namespace Orchestrator.Simulation.Services.Scheduling;

/// <summary>
/// A schedule expression as EventBridge rules and EventBridge Scheduler accept it:
/// <c>rate(5 minutes)</c>, <c>cron(0/5 * * * ? *)</c> or (Scheduler only) <c>at(2026-01-01T00:00:00)</c>.
/// </summary>
/// <remarks>
/// Rules: AWS "Creating an Amazon EventBridge rule that runs on a schedule" (schedule expressions);
/// Scheduler: "Schedule types on EventBridge Scheduler". Cron and at expressions are read in UTC unless
/// a time zone is given (Scheduler's <c>ScheduleExpressionTimezone</c>); rules are always UTC.
/// </remarks>
public abstract class ScheduleExpression
{
    /// <summary>The expression as written.</summary>
    public abstract string Text { get; }

    /// <summary>Parses an expression.</summary>
    /// <exception cref="FormatException">The expression is invalid; the message names the field and the rule broken.</exception>
    public static ScheduleExpression Parse(string text)
    {
        var trimmed = text.Trim();
        if (Inner(trimmed, "rate(") is { } rate)
        {
            return RateSchedule.ParseBody(rate, trimmed);
        }

        if (Inner(trimmed, "cron(") is { } cron)
        {
            return CronSchedule.ParseBody(cron, trimmed);
        }

        if (Inner(trimmed, "at(") is { } at)
        {
            return AtSchedule.ParseBody(at, trimmed);
        }

        throw new FormatException($"Schedule expression '{text}' is not valid: it must be rate(value unit), cron(minutes hours day-of-month month day-of-week year) or at(yyyy-mm-ddThh:mm:ss).");
    }

    /// <summary>Parses an expression; false with the reason when it is invalid.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out ScheduleExpression? expression, [NotNullWhen(false)] out string? error)
    {
        try
        {
            expression = Parse(text);
            error = null;
            return true;
        }
        catch (FormatException e)
        {
            expression = null;
            error = e.Message;
            return false;
        }
    }

    /// <summary>
    /// The first firing strictly after <paramref name="after"/>, or null when there is none (an
    /// <c>at</c> in the past, a cron whose years are over). A rate has no fixed grid: its next firing is
    /// <paramref name="after"/> plus the rate, so callers chain from the creation time.
    /// </summary>
    public abstract DateTimeOffset? NextAfter(DateTimeOffset after, TimeZoneInfo? zone = null);

    /// <inheritdoc/>
    public override string ToString() => Text;

    private static string? Inner(string text, string prefix) =>
        text.StartsWith(prefix, StringComparison.Ordinal) && text.EndsWith(')') ? text[prefix.Length..^1] : null;
}
