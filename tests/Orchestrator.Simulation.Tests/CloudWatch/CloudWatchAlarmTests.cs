using System.Text.Json;
using System.Text.Json.Nodes;
using Orchestrator.Simulation.Services.CloudWatch;

namespace Orchestrator.Simulation.Tests.CloudWatch;

public class CloudWatchAlarmTests
{
    private static DateTimeOffset At(int minute) => CloudWatchHarness.Start.AddMinutes(minute);

    [Fact]
    public void Alarm_OneOfOne_AlarmThenOkAtPeriodEnds()
    {
        // One period evaluated, 1 of 1 to alarm: a new alarm is INSUFFICIENT_DATA, then follows each
        // period's statistic (CloudWatch User Guide, "Alarm evaluation").
        var cw = new CloudWatchHarness();
        cw.Call("PutMetricAlarm", CloudWatchHarness.Alarm());
        cw.Feed(0, 1, 1, 10, 10, 1, 1);

        var initial = cw.State();
        cw.RunUntil(At(7));

        Assert.Equal("INSUFFICIENT_DATA", initial);
        Assert.Equal([(At(1), "OK"), (At(3), "ALARM"), (At(5), "OK")], cw.Transitions());
    }

    [Fact]
    public void Alarm_TwoOfThree_AlarmsOnlyWhenTwoOfLastThreeBreach()
    {
        // "Datapoints to Alarm is the number of data points within the Evaluation Periods that must be breaching".
        var cw = new CloudWatchHarness();
        cw.Feed(0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 10, 1, 10, 1, 1, 1);
        cw.RunUntil(At(10));
        cw.Call("PutMetricAlarm", CloudWatchHarness.Alarm(evaluationPeriods: 3, datapointsToAlarm: 2));

        cw.RunUntil(At(16));

        Assert.Equal([(At(11), "OK"), (At(13), "ALARM"), (At(14), "OK")], cw.Transitions());
    }

    /// <summary>
    /// The table in "Configuring how CloudWatch alarms treat missing data" (EvaluationPeriods 3,
    /// DatapointsToAlarm 3, an evaluation range of five periods; '-' missing, 'X' breaching, '0' not
    /// breaching, oldest first), for missing / ignore / breaching / notBreaching. "retain" = the state
    /// before the evaluation (set to OK here).
    /// </summary>
    [Theory]
    [InlineData("0-X-X", "OK", "OK", "OK", "OK")]
    [InlineData("----0", "OK", "OK", "OK", "OK")]
    [InlineData("-----", "INSUFFICIENT_DATA", "retain", "ALARM", "OK")]
    [InlineData("0XX-X", "ALARM", "ALARM", "ALARM", "ALARM")]
    [InlineData("--X--", "ALARM", "retain", "ALARM", "OK")]
    public void TreatMissingData_DocumentedTable(string points, string missing, string ignore, string breaching, string notBreaching)
    {
        Assert.Equal(missing, Evaluate(points, "missing"));
        Assert.Equal(ignore == "retain" ? "OK" : ignore, Evaluate(points, "ignore"));
        Assert.Equal(breaching, Evaluate(points, "breaching"));
        Assert.Equal(notBreaching, Evaluate(points, "notBreaching"));
    }

    [Fact]
    public void AlarmStateChangeEvent_MatchesAwsSampleFieldByField()
    {
        // AWS sample ("Alarm events and EventBridge", single-metric alarm): source aws.cloudwatch, resources [alarm ARN],
        // detail {alarmName, state {reason, reasonData (JSON string), timestamp "2019-10-02T17:04:40.989+0000", value},
        // previousState {…}, configuration {description, metrics [{id, metricStat {metric {dimensions {…}, name, namespace}, period, stat}, returnData}]}}.
        var cw = new CloudWatchHarness();
        cw.Call("PutMetricAlarm", CloudWatchHarness.Alarm());
        cw.Feed(0, 1, 1, 10);
        cw.RunUntil(At(4));

        var (at, alarm) = cw.Events.Single(e => e.Event["detail"]!["state"]!["value"]!.GetValue<string>() == "ALARM");
        var detail = alarm["detail"]!;
        var state = detail["state"]!;
        var metric = detail["configuration"]!["metrics"]![0]!;

        Assert.Equal(At(3), at);
        Assert.Equal("0", alarm["version"]!.GetValue<string>());
        Assert.Equal("CloudWatch Alarm State Change", alarm["detail-type"]!.GetValue<string>());
        Assert.Equal("aws.cloudwatch", alarm["source"]!.GetValue<string>());
        Assert.Equal("123456789012", alarm["account"]!.GetValue<string>());
        Assert.Equal("2026-01-01T00:03:00Z", alarm["time"]!.GetValue<string>());
        Assert.Equal("us-east-1", alarm["region"]!.GetValue<string>());
        Assert.Equal("arn:aws:cloudwatch:us-east-1:123456789012:alarm:backlog-high", alarm["resources"]![0]!.GetValue<string>());
        Assert.Equal("backlog-high", detail["alarmName"]!.GetValue<string>());
        Assert.Equal("ALARM", state["value"]!.GetValue<string>());
        Assert.Equal("Threshold Crossed: 1 out of the last 1 datapoints [10.0 (01/01/26 00:02:00)] was greater than the threshold (5.0) (minimum 1 datapoint for OK -> ALARM transition).", state["reason"]!.GetValue<string>());
        Assert.Equal("2026-01-01T00:03:00.000+0000", state["timestamp"]!.GetValue<string>());
        var reasonData = state["reasonData"]!.GetValue<string>();
        using var parsed = JsonDocument.Parse(reasonData);
        Assert.Equal("1.0", parsed.RootElement.GetProperty("version").GetString());
        Assert.Equal("Maximum", parsed.RootElement.GetProperty("statistic").GetString());
        Assert.Equal(60, parsed.RootElement.GetProperty("period").GetInt32());
        Assert.Equal("2026-01-01T00:02:00.000+0000", parsed.RootElement.GetProperty("startDate").GetString());
        Assert.Contains("\"recentDatapoints\":[10.0]", reasonData, StringComparison.Ordinal);
        Assert.Contains("\"threshold\":5.0", reasonData, StringComparison.Ordinal);
        Assert.Equal("OK", detail["previousState"]!["value"]!.GetValue<string>());
        Assert.Equal("Backlog above 5", detail["configuration"]!["description"]!.GetValue<string>());
        Assert.Equal("work", metric["metricStat"]!["metric"]!["dimensions"]!["QueueName"]!.GetValue<string>());
        Assert.Equal("Backlog", metric["metricStat"]!["metric"]!["name"]!.GetValue<string>());
        Assert.Equal("Orchestrator/Test", metric["metricStat"]!["metric"]!["namespace"]!.GetValue<string>());
        Assert.Equal(60, metric["metricStat"]!["period"]!.GetValue<int>());
        Assert.Equal("Maximum", metric["metricStat"]!["stat"]!.GetValue<string>());
        Assert.True(metric["returnData"]!.GetValue<bool>());
        Assert.False(string.IsNullOrEmpty(metric["id"]!.GetValue<string>()));
    }

    [Fact]
    public void AlarmActions_SnsMessage_HasAwsAlarmMessageFields()
    {
        // SNS alarm message as delivered (AlarmName, AlarmDescription, AWSAccountId, NewStateValue, NewStateReason,
        // StateChangeTime, Region "US East (N. Virginia)", AlarmArn, OldStateValue, Trigger {…, Statistic "MAXIMUM",
        // Dimensions [{value, name}] …}); subject 'ALARM: "name" in US East (N. Virginia)'.
        var cw = new CloudWatchHarness();
        cw.Call("PutMetricAlarm", CloudWatchHarness.Alarm());
        cw.Feed(0, 1, 1, 10, 10, 1);
        cw.RunUntil(At(6));

        Assert.Equal([At(1), At(3), At(5)], cw.Notifications.Select(n => n.At));
        var (_, alarm) = cw.Notifications[1];
        var message = JsonNode.Parse(alarm.Message)!;
        var trigger = message["Trigger"]!;

        Assert.Equal("arn:aws:sns:us-east-1:123456789012:alarms", alarm.TopicArn);
        Assert.Equal("ALARM: \"backlog-high\" in US East (N. Virginia)", alarm.Subject);
        Assert.Equal("backlog-high", message["AlarmName"]!.GetValue<string>());
        Assert.Equal("Backlog above 5", message["AlarmDescription"]!.GetValue<string>());
        Assert.Equal("123456789012", message["AWSAccountId"]!.GetValue<string>());
        Assert.Equal("ALARM", message["NewStateValue"]!.GetValue<string>());
        Assert.Equal("OK", message["OldStateValue"]!.GetValue<string>());
        Assert.StartsWith("Threshold Crossed: 1 out of the last 1 datapoints", message["NewStateReason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("2026-01-01T00:03:00.000+0000", message["StateChangeTime"]!.GetValue<string>());
        Assert.Equal("US East (N. Virginia)", message["Region"]!.GetValue<string>());
        Assert.Equal("arn:aws:cloudwatch:us-east-1:123456789012:alarm:backlog-high", message["AlarmArn"]!.GetValue<string>());
        Assert.Equal("Backlog", trigger["MetricName"]!.GetValue<string>());
        Assert.Equal("Orchestrator/Test", trigger["Namespace"]!.GetValue<string>());
        Assert.Equal("Statistic", trigger["StatisticType"]!.GetValue<string>());
        Assert.Equal("MAXIMUM", trigger["Statistic"]!.GetValue<string>());
        Assert.Equal("work", trigger["Dimensions"]![0]!["value"]!.GetValue<string>());
        Assert.Equal("QueueName", trigger["Dimensions"]![0]!["name"]!.GetValue<string>());
        Assert.Equal(60, trigger["Period"]!.GetValue<int>());
        Assert.Equal(1, trigger["EvaluationPeriods"]!.GetValue<int>());
        Assert.Equal("GreaterThanThreshold", trigger["ComparisonOperator"]!.GetValue<string>());
        Assert.Equal(5.0, trigger["Threshold"]!.GetValue<double>());
        Assert.Equal("missing", trigger["TreatMissingData"]!.GetValue<string>());
    }

    [Fact]
    public void MetricDelay_NamespaceLag_AlarmSeesMissingData()
    {
        // A lagging namespace (AWS-FACTS: idle SQS queues' metrics can lag): the newest period is still missing when evaluated.
        var cw = new CloudWatchHarness(new CloudWatchOptions { MetricDelays = new Dictionary<string, TimeSpan> { ["Orchestrator/Test"] = TimeSpan.FromMinutes(2) } });
        cw.Call("PutMetricAlarm", CloudWatchHarness.Alarm(treatMissingData: "breaching"));
        cw.Feed(0, 1, 1, 1, 1, 1, 1);

        cw.RunUntil(At(6));

        // With a two-minute lag the period that just ended has no visible data: treated as breaching.
        Assert.Equal("ALARM", cw.Transitions()[0].State);
    }

    [Fact]
    public void PutMetricAlarm_DatapointsAboveEvaluationPeriods_InvalidParameterValue()
    {
        var cw = new CloudWatchHarness();

        var error = cw.Fails("PutMetricAlarm", CloudWatchHarness.Alarm(evaluationPeriods: 2, datapointsToAlarm: 3));

        Assert.Equal("InvalidParameterValue", error.Code);
        Assert.Contains("DatapointsToAlarm", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PutMetricAlarm_MissingAlarmName_MissingParameter()
    {
        var cw = new CloudWatchHarness();
        var request = CloudWatchHarness.Alarm();
        request.Remove("AlarmName");

        var error = cw.Fails("PutMetricAlarm", request);

        Assert.Equal("MissingParameter", error.Code);
        Assert.Contains("AlarmName", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DescribeAlarms_StateValueFilter_ListsMatchingAlarms()
    {
        var cw = new CloudWatchHarness();
        cw.Call("PutMetricAlarm", CloudWatchHarness.Alarm("a"));
        cw.Call("PutMetricAlarm", CloudWatchHarness.Alarm("b"));
        cw.Feed(0, 10);
        cw.RunUntil(At(1).AddSeconds(1));

        var alarms = cw.Call("DescribeAlarms", new JsonObject { ["StateValue"] = "ALARM" })["MetricAlarms"]!.AsArray();

        Assert.Equal(["a", "b"], alarms.Select(a => a!["AlarmName"]!.GetValue<string>()));
        Assert.Equal(1, alarms[0]!["DatapointsToAlarm"]!.GetValue<int>());
    }

    private static string Evaluate(string points, string treatMissingData)
    {
        var cw = new CloudWatchHarness();
        cw.RunUntil(At(4).AddSeconds(45));
        var data = new JsonArray();
        for (var i = 0; i < points.Length; i++)
        {
            if (points[i] != '-')
            {
                data.Add(new JsonObject
                {
                    ["MetricName"] = "Backlog",
                    ["Dimensions"] = new JsonArray(new JsonObject { ["Name"] = "QueueName", ["Value"] = "work" }),
                    ["Timestamp"] = At(i).AddSeconds(30).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                    ["Value"] = points[i] == 'X' ? 10.0 : 0.0,
                });
            }
        }

        if (data.Count > 0)
        {
            cw.Call("PutMetricData", new JsonObject { ["Namespace"] = "Orchestrator/Test", ["MetricData"] = data });
        }

        cw.Call("PutMetricAlarm", CloudWatchHarness.Alarm(evaluationPeriods: 3, datapointsToAlarm: 3, treatMissingData: treatMissingData));
        cw.Call("SetAlarmState", new JsonObject { ["AlarmName"] = "backlog-high", ["StateValue"] = "OK", ["StateReason"] = "test" });
        cw.RunUntil(At(5).AddSeconds(1));
        return cw.State();
    }
}
