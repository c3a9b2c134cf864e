using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.CloudWatch;

/// <summary>An alarm in its JSON forms: DescribeAlarms' MetricAlarm, the event's state and configuration, and the SNS alarm message.</summary>
internal static class AlarmJson
{
    public static JsonObject State(string value, string reason, string? reasonData, DateTimeOffset timestamp)
    {
        var json = new JsonObject { ["value"] = value, ["reason"] = reason };
        if (reasonData is not null)
        {
            json["reasonData"] = reasonData;
        }

        json["timestamp"] = AlarmText.Timestamp(timestamp);
        return json;
    }

    public static JsonObject Configuration(MetricAlarm alarm)
    {
        var dimensions = new JsonObject();
        foreach (var d in alarm.Dimensions)
        {
            dimensions[d.Key] = d.Value;
        }

        var stat = new JsonObject
        {
            ["metric"] = new JsonObject { ["dimensions"] = dimensions, ["name"] = alarm.MetricName, ["namespace"] = alarm.Namespace },
            ["period"] = alarm.Period,
            ["stat"] = alarm.Statistic,
        };
        if (alarm.Unit is not null)
        {
            stat["unit"] = alarm.Unit;
        }

        var config = new JsonObject();
        if (alarm.Description is not null)
        {
            config["description"] = alarm.Description;
        }

        config["metrics"] = new JsonArray(new JsonObject { ["id"] = alarm.MetricId, ["metricStat"] = stat, ["returnData"] = true });
        return config;
    }

    /// <summary>The SNS alarm message, as AWS sends it (field names from delivered messages: Trigger.Statistic upper-case, Dimensions as [{value, name}]).</summary>
    public static JsonObject Message(MetricAlarm alarm, string oldState, CloudWatchOptions options) => new()
    {
        ["AlarmName"] = alarm.Name,
        ["AlarmDescription"] = alarm.Description,
        ["AWSAccountId"] = options.AccountId,
        ["AlarmConfigurationUpdatedTimestamp"] = AlarmText.Timestamp(alarm.ConfigurationUpdated),
        ["NewStateValue"] = alarm.StateValue,
        ["NewStateReason"] = alarm.StateReason,
        ["StateChangeTime"] = AlarmText.Timestamp(alarm.StateTransitioned),
        ["Region"] = options.RegionDisplayName,
        ["AlarmArn"] = alarm.Arn,
        ["OldStateValue"] = oldState,
        ["OKActions"] = new JsonArray(alarm.OkActions.Select(a => (JsonNode)JsonValue.Create(a)).ToArray()),
        ["AlarmActions"] = new JsonArray(alarm.AlarmActions.Select(a => (JsonNode)JsonValue.Create(a)).ToArray()),
        ["InsufficientDataActions"] = new JsonArray(alarm.InsufficientDataActions.Select(a => (JsonNode)JsonValue.Create(a)).ToArray()),
        ["Trigger"] = new JsonObject
        {
            ["MetricName"] = alarm.MetricName,
            ["Namespace"] = alarm.Namespace,
            ["StatisticType"] = "Statistic",
            ["Statistic"] = alarm.Statistic.ToUpperInvariant(),
            ["Unit"] = alarm.Unit,
            ["Dimensions"] = new JsonArray(alarm.Dimensions.Select(d => (JsonNode)new JsonObject { ["value"] = d.Value, ["name"] = d.Key }).ToArray()),
            ["Period"] = alarm.Period,
            ["EvaluationPeriods"] = alarm.EvaluationPeriods,
            ["DatapointsToAlarm"] = alarm.DatapointsToAlarm,
            ["ComparisonOperator"] = alarm.ComparisonOperator,
            ["Threshold"] = alarm.Threshold,
            ["TreatMissingData"] = alarm.TreatMissingData,
            ["EvaluateLowSampleCountPercentile"] = string.Empty,
        },
    };

    public static JsonObject Describe(MetricAlarm a)
    {
        var json = new JsonObject
        {
            ["AlarmName"] = a.Name,
            ["AlarmArn"] = a.Arn,
            ["AlarmConfigurationUpdatedTimestamp"] = CloudWatchJson.Iso(a.ConfigurationUpdated),
            ["ActionsEnabled"] = a.ActionsEnabled,
            ["OKActions"] = new JsonArray(a.OkActions.Select(x => (JsonNode)JsonValue.Create(x)).ToArray()),
            ["AlarmActions"] = new JsonArray(a.AlarmActions.Select(x => (JsonNode)JsonValue.Create(x)).ToArray()),
            ["InsufficientDataActions"] = new JsonArray(a.InsufficientDataActions.Select(x => (JsonNode)JsonValue.Create(x)).ToArray()),
            ["StateValue"] = a.StateValue,
            ["StateReason"] = a.StateReason,
            ["StateUpdatedTimestamp"] = CloudWatchJson.Iso(a.StateUpdated),
            ["StateTransitionedTimestamp"] = CloudWatchJson.Iso(a.StateTransitioned),
            ["MetricName"] = a.MetricName,
            ["Namespace"] = a.Namespace,
            ["Statistic"] = a.Statistic,
            ["Dimensions"] = CloudWatchJson.DimensionsJson(a.Dimensions),
            ["Period"] = a.Period,
            ["EvaluationPeriods"] = a.EvaluationPeriods,
            ["DatapointsToAlarm"] = a.DatapointsToAlarm,
            ["Threshold"] = a.Threshold,
            ["ComparisonOperator"] = a.ComparisonOperator,
            ["TreatMissingData"] = a.TreatMissingData,
        };
        if (a.Description is not null)
        {
            json["AlarmDescription"] = a.Description;
        }

        if (a.StateReasonData is not null)
        {
            json["StateReasonData"] = a.StateReasonData;
        }

        if (a.Unit is not null)
        {
            json["Unit"] = a.Unit;
        }

        return json;
    }
}
