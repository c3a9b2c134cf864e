using System.Globalization;
using System.Text;

namespace Orchestrator.Simulation.Services.CloudWatch;

/// <summary>
/// The texts CloudWatch writes for alarm state changes, in the forms of AWS's sample events
/// ("Alarm events and EventBridge"): the reason ("Threshold Crossed: 1 out of the last 1 datapoints
/// [99.50160229693434 (02/10/19 16:59:00)] was greater than the threshold (50.0) (minimum 1 datapoint
/// for OK -> ALARM transition)."), the reasonData JSON string, and timestamps like
/// "2019-10-02T17:04:40.989+0000". Numbers print as Java doubles do (50.0, not 50).
/// </summary>
internal static class AlarmText
{
    public static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'+0000'", CultureInfo.InvariantCulture);

    public static string Number(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 1e7
            ? value.ToString("0", CultureInfo.InvariantCulture) + ".0"
            : value.ToString("R", CultureInfo.InvariantCulture);

    public static string Reason(MetricAlarm alarm, AlarmEvaluation evaluation, string from, string to)
    {
        if (to == "INSUFFICIENT_DATA")
        {
            return $"Insufficient Data: {evaluation.Deciding} datapoint{(evaluation.Deciding == 1 ? " was" : "s were")} unknown.";
        }

        var alarming = to == "ALARM";
        var shown = evaluation.Evaluated
            .Where(p => p.Value is { } v && alarm.Breaches(v) == alarming)
            .Select(p => $"{Number(p.Value!.Value)} ({p.Start.UtcDateTime.ToString("dd/MM/yy HH:mm:ss", CultureInfo.InvariantCulture)})");
        var k = evaluation.Deciding;
        var minimum = alarming ? alarm.DatapointsToAlarm : alarm.EvaluationPeriods - alarm.DatapointsToAlarm + 1;
        return $"Threshold Crossed: {k} out of the last {evaluation.Evaluated.Count} datapoints [{string.Join(", ", shown)}] "
            + $"{(k == 1 ? "was" : "were")} {(alarming ? string.Empty : "not ")}{Phrase(alarm.ComparisonOperator)} the threshold ({Number(alarm.Threshold)}) "
            + $"(minimum {minimum} datapoint{(minimum == 1 ? string.Empty : "s")} for {from} -> {to} transition).";
    }

    /// <summary>The reasonData JSON string: version, queryDate, startDate, statistic, period, recentDatapoints (oldest first), threshold, evaluatedDatapoints (newest first).</summary>
    public static string ReasonData(MetricAlarm alarm, AlarmEvaluation evaluation, DateTimeOffset now)
    {
        var sb = new StringBuilder();
        sb.Append("{\"version\":\"1.0\",\"queryDate\":\"").Append(Timestamp(now)).Append('"');
        if (evaluation.Evaluated.Count > 0)
        {
            sb.Append(",\"startDate\":\"").Append(Timestamp(evaluation.Evaluated.Min(p => p.Start))).Append('"');
        }

        sb.Append(",\"statistic\":\"").Append(alarm.Statistic).Append("\",\"period\":").Append(alarm.Period.ToString(CultureInfo.InvariantCulture));
        sb.Append(",\"recentDatapoints\":[")
            .Append(string.Join(",", evaluation.Evaluated.Where(p => p.Value is not null).OrderBy(p => p.Start).Select(p => Number(p.Value!.Value))))
            .Append(']');
        sb.Append(",\"threshold\":").Append(Number(alarm.Threshold));
        sb.Append(",\"evaluatedDatapoints\":[")
            .Append(string.Join(",", evaluation.Evaluated.OrderByDescending(p => p.Start).Select(p => p.Value is { } v
                ? $"{{\"timestamp\":\"{Timestamp(p.Start)}\",\"value\":{Number(v)}}}"
                : $"{{\"timestamp\":\"{Timestamp(p.Start)}\"}}")))
            .Append("]}");
        return sb.ToString();
    }

    private static string Phrase(string comparison) => comparison switch
    {
        "GreaterThanThreshold" => "greater than",
        "GreaterThanOrEqualToThreshold" => "greater than or equal to",
        "LessThanThreshold" => "less than",
        _ => "less than or equal to",
    };
}
