using System.Globalization;

namespace Orchestrator.Simulation.Services.Scheduling;

/// <summary>
/// <c>at(yyyy-mm-ddThh:mm:ss)</c>: a one-time schedule (EventBridge Scheduler only), read in the
/// schedule's time zone (UTC by default).
/// </summary>
public sealed class AtSchedule : ScheduleExpression
{
    private AtSchedule(string text, DateTime local)
    {
        Text = text;
        Local = local;
    }

    /// <inheritdoc/>
    public override string Text { get; }

    /// <summary>The wall-clock time of the firing, in the schedule's time zone.</summary>
    public DateTime Local { get; }

    /// <inheritdoc/>
    public override DateTimeOffset? NextAfter(DateTimeOffset after, TimeZoneInfo? zone = null)
    {
        var offset = (zone ?? TimeZoneInfo.Utc).GetUtcOffset(Local);
        var at = new DateTimeOffset(Local, offset);
        return at > after ? at : null;
    }

    internal static AtSchedule ParseBody(string body, string text) =>
        DateTime.TryParseExact(body, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new AtSchedule(text, DateTime.SpecifyKind(local, DateTimeKind.Unspecified))
            : throw new FormatException($"Schedule expression '{text}' is not valid: at needs a date and time as yyyy-mm-ddThh:mm:ss.");
}
