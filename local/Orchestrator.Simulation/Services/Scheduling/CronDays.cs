using System.Globalization;

namespace Orchestrator.Simulation.Services.Scheduling;

/// <summary>
/// The day-of-month and day-of-week fields of an AWS cron expression, exactly one of which is
/// <c>?</c>: day-of-month allows <c>L</c> (last day), <c>nW</c> (weekday nearest day n, within the
/// month), <c>LW</c> (last weekday); day-of-week (1 = SUN … 7 = SAT) allows <c>L</c> (Saturday, the
/// last day of the week), <c>nL</c> (last weekday n of the month) and <c>n#k</c> (k-th weekday n).
/// </summary>
internal sealed class CronDays
{
    private readonly Func<DateOnly, bool> _matches;

    private CronDays(Func<DateOnly, bool> matches) => _matches = matches;

    public bool Matches(DateOnly day) => _matches(day);

    public static CronDays Parse(string dayOfMonth, string dayOfWeek, string expression)
    {
        const string Dom = "Day-of-month", Dow = "Day-of-week";
        var domAny = dayOfMonth == "?";
        var dowAny = dayOfWeek == "?";
        if (domAny == dowAny)
        {
            throw CronField.Error(expression, domAny ? Dom : Dow,
                "exactly one of Day-of-month and Day-of-week must be '?' (AWS: if you specify a value or a * in one of the fields, you must use a ? in the other)");
        }

        return domAny ? new(DayOfWeek(dayOfWeek, expression)) : new(DayOfMonth(dayOfMonth, expression));

        static Func<DateOnly, bool> DayOfMonth(string text, string expression)
        {
            if (text == "L")
            {
                return d => d.Day == DateTime.DaysInMonth(d.Year, d.Month);
            }

            if (text == "LW")
            {
                return d => d == NearestWeekday(d.Year, d.Month, DateTime.DaysInMonth(d.Year, d.Month));
            }

            if (text.EndsWith('W'))
            {
                var day = CronField.Value(Dom, text[..^1], 1, 31, expression);
                return d => day <= DateTime.DaysInMonth(d.Year, d.Month) && d == NearestWeekday(d.Year, d.Month, day);
            }

            var field = CronField.Parse(Dom, text, 1, 31, expression);
            return d => field.Contains(d.Day);
        }

        static Func<DateOnly, bool> DayOfWeek(string text, string expression)
        {
            if (text == "L")
            {
                return d => d.DayOfWeek == System.DayOfWeek.Saturday;
            }

            if (text.Length > 1 && text.EndsWith('L'))
            {
                var weekday = CronField.Value(Dow, text[..^1], 1, 7, expression);
                return d => Weekday(d) == weekday && d.AddDays(7).Month != d.Month;
            }

            if (text.Split('#') is [var day, var nth])
            {
                var weekday = CronField.Value(Dow, day, 1, 7, expression);
                if (!int.TryParse(nth, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is < 1 or > 5)
                {
                    throw CronField.Error(expression, Dow, $"'#{nth}' must be #1 to #5");
                }

                return d => Weekday(d) == weekday && (d.Day - 1) / 7 == n - 1;
            }

            var field = CronField.Parse(Dow, text, 1, 7, expression);
            return d => field.Contains(Weekday(d));
        }
    }

    /// <summary>AWS numbers days of the week 1 (Sunday) to 7 (Saturday).</summary>
    private static int Weekday(DateOnly d) => (int)d.DayOfWeek + 1;

    /// <summary>The weekday nearest <paramref name="day"/> without leaving the month (Quartz's W rule, which AWS follows).</summary>
    private static DateOnly NearestWeekday(int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);
        var last = DateTime.DaysInMonth(year, month);
        return date.DayOfWeek switch
        {
            System.DayOfWeek.Saturday => day == 1 ? date.AddDays(2) : date.AddDays(-1),
            System.DayOfWeek.Sunday => day == last ? date.AddDays(-2) : date.AddDays(1),
            _ => date,
        };
    }
}
