namespace Orchestrator.Simulation.Services.CloudWatch;

/// <summary>
/// AWS's rules for a metric alarm's state from the data points of its evaluation range (CloudWatch
/// User Guide, "Alarm evaluation" and "Configuring how CloudWatch alarms treat missing data").
/// </summary>
/// <remarks>
/// <para>The range holds EvaluationPeriods plus a few older periods. If it has at least
/// EvaluationPeriods real data points, the newest EvaluationPeriods real points decide and
/// TreatMissingData is not used: ALARM when at least DatapointsToAlarm (M) of them breach, else OK.</para>
/// <para>Otherwise the newest N slots are filled with the real points and as few missing ones as
/// needed, treated per TreatMissingData: <c>breaching</c> and <c>notBreaching</c> count them as such;
/// <c>missing</c> evaluates only the real points (ALARM when they all breach and are at least
/// min(M, real count), so "- - X - -" with 3 of 3 alarms) and goes INSUFFICIENT_DATA when every point in the range is
/// missing; <c>ignore</c> keeps the current state unless the outcome is the same whether the missing
/// points breach or not. These match the table in the missing-data guide (e.g. "- - - - -":
/// INSUFFICIENT_DATA / retain / ALARM / OK).</para>
/// </remarks>
internal static class AlarmEvaluator
{
    /// <param name="range">The evaluation range, newest first (null = missing).</param>
    public static AlarmEvaluation Evaluate(MetricAlarm alarm, IReadOnlyList<(DateTimeOffset Start, double? Value)> range)
    {
        var n = alarm.EvaluationPeriods;
        var m = alarm.DatapointsToAlarm;
        var real = range.Where(p => p.Value is not null).ToList();
        if (real.Count >= n)
        {
            var newest = real.Take(n).ToList();
            var breaching = newest.Count(p => alarm.Breaches(p.Value!.Value));
            return breaching >= m ? new("ALARM", newest, breaching) : new("OK", newest, n - breaching);
        }

        var window = range.Take(n).ToList();
        var realInWindow = real;
        var realBreaching = realInWindow.Count(p => alarm.Breaches(p.Value!.Value));
        var missing = n - realInWindow.Count;
        var slots = realInWindow.Concat(window.Where(p => p.Value is null).Take(missing)).OrderByDescending(p => p.Start).ToList();
        switch (alarm.TreatMissingData)
        {
            case "breaching":
                return realBreaching + missing >= m ? new("ALARM", slots, realBreaching + missing) : new("OK", slots, n - realBreaching - missing);
            case "notBreaching":
                return realBreaching >= m ? new("ALARM", slots, realBreaching) : new("OK", slots, n - realBreaching);
            case "ignore":
                if (realBreaching >= m)
                {
                    return new("ALARM", slots, realBreaching);
                }

                return realBreaching + missing < m ? new("OK", slots, n - realBreaching - missing) : new(null, slots, 0);
            default:
                if (realInWindow.Count == 0)
                {
                    return new("INSUFFICIENT_DATA", window, range.Count);
                }

                var needed = Math.Min(m, realInWindow.Count);
                return realBreaching >= needed
                    ? new("ALARM", realInWindow, realBreaching)
                    : new("OK", realInWindow, realInWindow.Count - realBreaching);
        }
    }
}
