namespace Orchestrator.Simulation.Services.Scheduling;

/// <summary>
/// <c>cron(minutes hours day-of-month month day-of-week year)</c> with AWS's fields and wildcards:
/// minutes 0–59, hours 0–23, day-of-month 1–31 (<c>? L W</c>), month 1–12 or JAN–DEC, day-of-week
/// 1–7 or SUN–SAT (<c>? L #</c>), year 1970–2199; <c>, - * /</c> everywhere.
/// </summary>
/// <remarks>
/// Read in UTC, or in the schedule's time zone when one is given: a local time skipped by a
/// daylight-saving change does not fire, a repeated one fires at its first occurrence.
/// </remarks>
public sealed class CronSchedule : ScheduleExpression
{
    private readonly CronField _minutes;
    private readonly CronField _hours;
    private readonly CronDays _days;
    private readonly CronField _months;
    private readonly CronField _years;

    private CronSchedule(string text, CronField minutes, CronField hours, CronDays days, CronField months, CronField years)
    {
        Text = text;
        _minutes = minutes;
        _hours = hours;
        _days = days;
        _months = months;
        _years = years;
    }

    /// <inheritdoc/>
    public override string Text { get; }

    /// <inheritdoc/>
    public override DateTimeOffset? NextAfter(DateTimeOffset after, TimeZoneInfo? zone = null)
    {
        zone ??= TimeZoneInfo.Utc;
        var local = TimeZoneInfo.ConvertTime(after, zone).DateTime;
        var start = new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0, DateTimeKind.Unspecified).AddMinutes(1);
        for (var day = DateOnly.FromDateTime(start); day.Year <= _years.Max; day = day.AddDays(1))
        {
            if (!_years.Contains(day.Year))
            {
                day = new DateOnly(day.Year, 12, 31);
                continue;
            }

            if (!_months.Contains(day.Month))
            {
                day = new DateOnly(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month));
                continue;
            }

            if (!_days.Matches(day))
            {
                continue;
            }

            var first = day == DateOnly.FromDateTime(start);
            for (var hour = _hours.NextFrom(first ? start.Hour : 0); hour is { } h; hour = _hours.NextFrom(h + 1))
            {
                var fromMinute = first && h == start.Hour ? start.Minute : 0;
                for (var minute = _minutes.NextFrom(fromMinute); minute is { } m; minute = _minutes.NextFrom(m + 1))
                {
                    var candidate = day.ToDateTime(new TimeOnly(h, m));
                    if (!zone.IsInvalidTime(candidate))
                    {
                        var at = new DateTimeOffset(candidate, zone.IsAmbiguousTime(candidate) ? zone.GetAmbiguousTimeOffsets(candidate).Max() : zone.GetUtcOffset(candidate));
                        if (at > after)
                        {
                            return at;
                        }
                    }
                }
            }
        }

        return null;
    }

    internal static CronSchedule ParseBody(string body, string text)
    {
        var fields = body.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 6)
        {
            throw new FormatException($"Schedule expression '{text}' is not valid: cron needs 6 fields (minutes hours day-of-month month day-of-week year), found {fields.Length}.");
        }

        return new CronSchedule(
            text,
            CronField.Parse("Minutes", fields[0], 0, 59, text),
            CronField.Parse("Hours", fields[1], 0, 23, text),
            CronDays.Parse(fields[2], fields[4], text),
            CronField.Parse("Month", fields[3], 1, 12, text),
            CronField.Parse("Year", fields[5], 1970, 2199, text));
    }
}
