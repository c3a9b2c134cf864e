using Orchestrator.Simulation.Services.Scheduling;

namespace Orchestrator.Simulation.Tests.Scheduling;

/// <summary>
/// Expectations from AWS's "Schedule expressions for rules" (EventBridge user guide) and "Schedule
/// types on EventBridge Scheduler" (cron field table, wildcards, and the examples there); weekdays
/// checked against the calendar (2026-01-01 is a Thursday).
/// </summary>
public sealed class ScheduleExpressionTests
{
    private static readonly DateTimeOffset Jan1 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static DateTimeOffset Utc(int y, int mo, int d, int h = 0, int mi = 0) => new(y, mo, d, h, mi, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("rate(1 minute)", 1)]
    [InlineData("rate(5 minutes)", 5)]
    [InlineData("rate(1 hour)", 60)]
    [InlineData("rate(12 hours)", 720)]
    [InlineData("rate(1 day)", 1440)]
    [InlineData("rate(7 days)", 10080)]
    public void NextAfter_Rate_AddsPeriod(string text, int minutes) =>
        Assert.Equal(Jan1.AddMinutes(minutes), ScheduleExpression.Parse(text).NextAfter(Jan1));

    // "If the value is equal to 1, then the unit must be singular … greater than 1, the unit must be plural."
    [Theory]
    [InlineData("rate(1 minutes)", "singular")]
    [InlineData("rate(5 minute)", "plural")]
    [InlineData("rate(0 minutes)", "positive whole number")]
    [InlineData("rate(5 weeks)", "unit 'weeks'")]
    [InlineData("rate(5)", "value unit")]
    public void Parse_BadRate_NamesRule(string text, string expected) =>
        Assert.Contains(expected, Assert.Throws<FormatException>(() => ScheduleExpression.Parse(text)).Message, StringComparison.Ordinal);

    // AWS examples: 10:15 UTC every day; 18:00 Mon–Fri; 8:00 on the first day of the month; every 10
    // min Mon–Fri; every 5 minutes between 8:00 and 17:55 Mon–Fri; 9:00 on the first Monday of each month.
    [Theory]
    [InlineData("cron(15 10 * * ? *)", "2026-01-01T10:15")]
    [InlineData("cron(0 18 ? * MON-FRI *)", "2026-01-01T18:00")]
    [InlineData("cron(0 8 1 * ? *)", "2026-01-01T08:00")]
    [InlineData("cron(0/10 * ? * MON-FRI *)", "2026-01-01T00:10")]
    [InlineData("cron(0/5 8-17 ? * MON-FRI *)", "2026-01-01T08:00")]
    [InlineData("cron(0 9 ? * 2#1 *)", "2026-01-05T09:00")]
    [InlineData("cron(0 0 ? * SAT *)", "2026-01-03T00:00")]
    [InlineData("cron(0 0 ? * 1 *)", "2026-01-04T00:00")]
    [InlineData("cron(0 12 L * ? *)", "2026-01-31T12:00")]
    [InlineData("cron(0 12 ? * 6L *)", "2026-01-30T12:00")]
    [InlineData("cron(0 12 ? * L *)", "2026-01-03T12:00")]
    [InlineData("cron(0 12 3W * ? *)", "2026-01-02T12:00")]
    [InlineData("cron(0 12 LW * ? *)", "2026-01-30T12:00")]
    [InlineData("cron(0 0 1 JAN,JUL ? 2027)", "2027-01-01T00:00")]
    [InlineData("cron(30 6 15 3 ? *)", "2026-03-15T06:30")]
    [InlineData("cron(0/1 * * * ? *)", "2026-01-01T00:01")]
    [InlineData("cron(5/20 * * * ? *)", "2026-01-01T00:05")]
    public void NextAfter_Cron_FirstFiring(string text, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected + "Z", System.Globalization.CultureInfo.InvariantCulture), ScheduleExpression.Parse(text).NextAfter(Jan1));

    [Fact]
    public void NextAfter_CronEveryFiveMinutes_StrictlyAfter()
    {
        var cron = ScheduleExpression.Parse("cron(0/5 * * * ? *)");
        Assert.Equal(Utc(2026, 1, 1, 0, 5), cron.NextAfter(Jan1));
        Assert.Equal(Utc(2026, 1, 1, 0, 5), cron.NextAfter(Jan1.AddSeconds(30)));
        Assert.Equal(Utc(2026, 1, 1, 0, 10), cron.NextAfter(Utc(2026, 1, 1, 0, 5)));
    }

    [Fact]
    public void NextAfter_CronPastLastYear_Null() =>
        Assert.Null(ScheduleExpression.Parse("cron(0 0 1 1 ? 2025)").NextAfter(Jan1));

    [Theory]
    [InlineData("cron(0 18 * * MON-FRI *)", "Day-of-week")]
    [InlineData("cron(0 18 ? * ? *)", "Day-of-month")]
    [InlineData("cron(60 * * * ? *)", "Minutes field: value '60'")]
    [InlineData("cron(0 24 * * ? *)", "Hours field")]
    [InlineData("cron(0 0 32 * ? *)", "Day-of-month field")]
    [InlineData("cron(0 0 * FOO ? *)", "Month field: value 'FOO' must be in 1-12 or JAN-DEC")]
    [InlineData("cron(0 0 ? * 8 *)", "Day-of-week field")]
    [InlineData("cron(0 0 ? * 2#6 *)", "#1 to #5")]
    [InlineData("cron(0 0 * * ? 2300)", "Year field")]
    [InlineData("cron(0 0 * * ?)", "6 fields")]
    [InlineData("cron(0/0 * * * ? *)", "step")]
    [InlineData("cron(0 5-2 * * ? *)", "backwards")]
    public void Parse_BadCron_NamesField(string text, string expected) =>
        Assert.Contains(expected, Assert.Throws<FormatException>(() => ScheduleExpression.Parse(text)).Message, StringComparison.Ordinal);

    [Fact]
    public void NextAfter_At_OnceThenNull()
    {
        var at = ScheduleExpression.Parse("at(2026-01-01T06:00:00)");
        Assert.Equal(Utc(2026, 1, 1, 6), at.NextAfter(Jan1));
        Assert.Null(at.NextAfter(Utc(2026, 1, 1, 6)));
    }

    [Fact]
    public void NextAfter_CronInTimeZone_ConvertsWallClock()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        // 09:00 New York in January (EST, UTC-5) is 14:00 UTC.
        Assert.Equal(Utc(2026, 1, 1, 14), ScheduleExpression.Parse("cron(0 9 * * ? *)").NextAfter(Jan1, zone));
    }

    [Theory]
    [InlineData("every 5 minutes")]
    [InlineData("at(2026-01-01 00:00:00)")]
    public void TryParse_Garbage_FalseWithReason(string text)
    {
        Assert.False(ScheduleExpression.TryParse(text, out var expression, out var error));
        Assert.Null(expression);
        Assert.Contains(text, error, StringComparison.Ordinal);
    }
}
