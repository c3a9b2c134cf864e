using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.CloudWatch;

/// <summary>Metric alarms: PutMetricAlarm, DescribeAlarms, DeleteAlarms, SetAlarmState, and their evaluation on the virtual clock.</summary>
/// <remarks>
/// <para>An alarm starts in INSUFFICIENT_DATA ("Unchecked: Initial alarm creation") and is evaluated at
/// every multiple of its period (after the other events due then), over the periods ending at that
/// moment and only data already visible (see <see cref="CloudWatchOptions.MetricDelays"/>). Updating an
/// alarm keeps its state (PutMetricAlarm API reference). Only single-metric alarms with a standard
/// statistic and a static threshold are simulated.</para>
/// <para>On each state change the "CloudWatch Alarm State Change" event goes to
/// <see cref="EventPublished"/> and, when actions are enabled, the alarm message to
/// <see cref="NotificationPublished"/> for each action of the new state.</para>
/// <para>Auto Scaling actions (<c>arn:aws:autoscaling:</c> policy ARNs) go to <see cref="ScalingActionInvoked"/>
/// on the transition and again at every evaluation while the alarm stays in that state: "Except for
/// Auto Scaling actions, the actions happen only on state transitions, and are not performed again if
/// the condition persists" (CloudWatch User Guide, "Alarm actions").</para>
/// </remarks>
public sealed partial class SimulatedCloudWatch
{
    private const string ScalingActionPrefix = "arn:aws:autoscaling:";

    private static readonly HashSet<string> Comparisons = new(StringComparer.Ordinal)
    {
        "GreaterThanThreshold", "GreaterThanOrEqualToThreshold", "LessThanThreshold", "LessThanOrEqualToThreshold",
    };

    private JsonObject PutMetricAlarm(JsonObject request)
    {
        if (request["Metrics"] is not null || request["ExtendedStatistic"] is not null)
        {
            throw CloudWatchErrors.InvalidParameterValue("Metric math (Metrics) and ExtendedStatistic alarms are not supported by the simulated CloudWatch.");
        }

        var name = CloudWatchJson.String(request, "AlarmName")!;
        var ns = CloudWatchJson.String(request, "Namespace") ?? throw CloudWatchErrors.MissingParameter("The parameter Namespace is required.");
        var metric = CloudWatchJson.String(request, "MetricName") ?? throw CloudWatchErrors.MissingParameter("The parameter MetricName is required.");
        var statistic = CloudWatchJson.String(request, "Statistic") ?? throw CloudWatchErrors.MissingParameter("The parameter Statistic is required.");
        var period = CloudWatchJson.Int(request, "Period") ?? throw CloudWatchErrors.MissingParameter("The parameter Period is required.");
        var evaluationPeriods = CloudWatchJson.Int(request, "EvaluationPeriods") ?? throw CloudWatchErrors.MissingParameter("The parameter EvaluationPeriods is required.");
        var threshold = CloudWatchJson.Double(request, "Threshold") ?? throw CloudWatchErrors.MissingParameter("The parameter Threshold is required.");
        var comparison = CloudWatchJson.String(request, "ComparisonOperator") ?? throw CloudWatchErrors.MissingParameter("The parameter ComparisonOperator is required.");
        var datapoints = CloudWatchJson.Int(request, "DatapointsToAlarm") ?? evaluationPeriods;
        var treatMissing = CloudWatchJson.String(request, "TreatMissingData") ?? "missing";
        if (period is not (10 or 20 or 30) && period % 60 != 0)
        {
            throw CloudWatchErrors.InvalidParameterValue($"The value {period} for parameter Period is invalid: Period must be 10, 20, 30 or a multiple of 60.");
        }

        if (datapoints > evaluationPeriods)
        {
            throw CloudWatchErrors.InvalidParameterValue($"DatapointsToAlarm ({datapoints}) must be less than or equal to EvaluationPeriods ({evaluationPeriods}).");
        }

        if (!Comparisons.Contains(comparison))
        {
            throw CloudWatchErrors.InvalidParameterValue($"ComparisonOperator '{comparison}' needs an anomaly detection band, which the simulated CloudWatch does not support.");
        }

        if (treatMissing is not ("missing" or "notBreaching" or "breaching" or "ignore"))
        {
            throw CloudWatchErrors.InvalidParameterValue($"The value {treatMissing} for parameter TreatMissingData is invalid. Valid values: breaching, notBreaching, ignore, missing.");
        }

        if (!_alarms.TryGetValue(name, out var alarm))
        {
            alarm = new MetricAlarm
            {
                Name = name,
                Arn = $"arn:aws:cloudwatch:{_options.Region}:{_options.AccountId}:alarm:{name}",
                MetricId = NewUuid(),
                Namespace = ns,
                MetricName = metric,
                Statistic = statistic,
                Period = period,
                EvaluationPeriods = evaluationPeriods,
                DatapointsToAlarm = datapoints,
                Threshold = threshold,
                ComparisonOperator = comparison,
                StateUpdated = Now,
                StateTransitioned = Now,
            };
            _alarms[name] = alarm;
        }

        alarm.Description = CloudWatchJson.String(request, "AlarmDescription");
        alarm.ActionsEnabled = CloudWatchJson.Bool(request, "ActionsEnabled") ?? true;
        alarm.OkActions = CloudWatchJson.Strings(request, "OKActions");
        alarm.AlarmActions = CloudWatchJson.Strings(request, "AlarmActions");
        alarm.InsufficientDataActions = CloudWatchJson.Strings(request, "InsufficientDataActions");
        alarm.Namespace = ns;
        alarm.MetricName = metric;
        alarm.Dimensions = CloudWatchJson.Dimensions(request);
        alarm.Statistic = statistic;
        alarm.Period = period;
        alarm.Unit = CloudWatchJson.String(request, "Unit");
        alarm.EvaluationPeriods = evaluationPeriods;
        alarm.DatapointsToAlarm = datapoints;
        alarm.Threshold = threshold;
        alarm.ComparisonOperator = comparison;
        alarm.TreatMissingData = treatMissing;
        alarm.ConfigurationUpdated = Now;
        ScheduleEvaluation(alarm);
        return [];
    }

    private JsonObject DescribeAlarms(JsonObject request)
    {
        var names = CloudWatchJson.Strings(request, "AlarmNames");
        var prefix = CloudWatchJson.String(request, "AlarmNamePrefix");
        var state = CloudWatchJson.String(request, "StateValue");
        var actionPrefix = CloudWatchJson.String(request, "ActionPrefix");
        var alarms = _alarms.Values
            .Where(a => names.Count == 0 || names.Contains(a.Name))
            .Where(a => prefix is null || a.Name.StartsWith(prefix, StringComparison.Ordinal))
            .Where(a => state is null || a.StateValue == state)
            .Where(a => actionPrefix is null || a.AlarmActions.Concat(a.OkActions).Concat(a.InsufficientDataActions).Any(x => x.StartsWith(actionPrefix, StringComparison.Ordinal)))
            .OrderBy(a => a.Name, StringComparer.Ordinal);
        return new JsonObject
        {
            ["MetricAlarms"] = new JsonArray(alarms.Select(a => (JsonNode)AlarmJson.Describe(a)).ToArray()),
            ["CompositeAlarms"] = new JsonArray(),
        };
    }

    private JsonObject DeleteAlarms(JsonObject request)
    {
        var names = CloudWatchJson.Strings(request, "AlarmNames");
        var missing = names.Where(n => !_alarms.ContainsKey(n)).ToList();
        if (missing.Count > 0)
        {
            throw CloudWatchErrors.ResourceNotFound($"{string.Join(", ", missing)} does not exist");
        }

        foreach (var name in names)
        {
            _alarms[name].NextEvaluation?.Cancel();
            _alarms.Remove(name);
        }

        return [];
    }

    /// <summary>Sets the state until the next evaluation (SetAlarmState API reference: "returns to their actual state quickly").</summary>
    private JsonObject SetAlarmState(JsonObject request)
    {
        var name = CloudWatchJson.String(request, "AlarmName")!;
        var alarm = _alarms.GetValueOrDefault(name) ?? throw CloudWatchErrors.ResourceNotFound($"Alarm {name} does not exist.");
        Transition(alarm, CloudWatchJson.String(request, "StateValue")!, CloudWatchJson.String(request, "StateReason")!, CloudWatchJson.String(request, "StateReasonData"));
        return [];
    }

    private void ScheduleEvaluation(MetricAlarm alarm)
    {
        alarm.NextEvaluation?.Cancel();
        var period = TimeSpan.FromSeconds(alarm.Period);
        var next = MetricAggregate.Align(Now, period) + period;
        alarm.NextEvaluation = _scheduler.ScheduleAt(next, () =>
        {
            Evaluate(alarm);
            ScheduleEvaluation(alarm);
        }, priority: 3);
    }

    private void Evaluate(MetricAlarm alarm)
    {
        var period = TimeSpan.FromSeconds(alarm.Period);
        var end = MetricAggregate.Align(Now, period);
        var series = Find(alarm.Namespace, alarm.MetricName, alarm.Dimensions);
        var range = new List<(DateTimeOffset Start, double? Value)>();
        for (var i = 1; i <= alarm.EvaluationPeriods + _options.ExtraEvaluationPeriods; i++)
        {
            var start = end - (period * i);
            var bucket = series is null ? [] : MetricAggregate.Buckets(series.Visible(start, start + period, Now, alarm.Unit), period).ToList();
            range.Add((start, bucket.Count == 0 ? null : bucket[0].Value(alarm.Statistic)));
        }

        var evaluation = AlarmEvaluator.Evaluate(alarm, range);
        if (evaluation.State is { } state && state != alarm.StateValue)
        {
            Transition(alarm, state, AlarmText.Reason(alarm, evaluation, alarm.StateValue, state), AlarmText.ReasonData(alarm, evaluation, Now));
        }
        else
        {
            alarm.StateUpdated = Now;
        }

        alarm.LastValue = evaluation.Evaluated.Select(e => e.Value).FirstOrDefault(v => v is not null);
        InvokeScalingActions(alarm);
    }

    private void InvokeScalingActions(MetricAlarm alarm)
    {
        if (!alarm.ActionsEnabled || ScalingActionInvoked is not { } invoke)
        {
            return;
        }

        foreach (var policy in ActionsOf(alarm, alarm.StateValue).Where(a => a.StartsWith(ScalingActionPrefix, StringComparison.Ordinal)))
        {
            invoke(new ScalingActionInvocation(policy, alarm.Name, alarm.StateValue, alarm.LastValue, alarm.Threshold));
        }
    }

    private static IReadOnlyList<string> ActionsOf(MetricAlarm alarm, string state) => state switch
    {
        "ALARM" => alarm.AlarmActions,
        "OK" => alarm.OkActions,
        _ => alarm.InsufficientDataActions,
    };

    private void Transition(MetricAlarm alarm, string state, string reason, string? reasonData)
    {
        var previous = AlarmJson.State(alarm.StateValue, alarm.StateReason, alarm.StateReasonData, alarm.StateTransitioned);
        var oldState = alarm.StateValue;
        alarm.StateValue = state;
        alarm.StateReason = reason;
        alarm.StateReasonData = reasonData;
        alarm.StateUpdated = Now;
        alarm.StateTransitioned = Now;
        EventPublished?.Invoke(new JsonObject
        {
            ["version"] = "0",
            ["id"] = NewUuid(),
            ["detail-type"] = "CloudWatch Alarm State Change",
            ["source"] = "aws.cloudwatch",
            ["account"] = _options.AccountId,
            ["time"] = CloudWatchJson.Iso(Now),
            ["region"] = _options.Region,
            ["resources"] = new JsonArray(alarm.Arn),
            ["detail"] = new JsonObject
            {
                ["alarmName"] = alarm.Name,
                ["state"] = AlarmJson.State(state, reason, reasonData, Now),
                ["previousState"] = previous,
                ["configuration"] = AlarmJson.Configuration(alarm),
            },
        });
        if (!alarm.ActionsEnabled || NotificationPublished is not { } notify)
        {
            return;
        }

        foreach (var topic in ActionsOf(alarm, state).Where(a => a.StartsWith("arn:aws:sns:", StringComparison.Ordinal)))
        {
            notify(new AlarmNotification(topic, $"{state}: \"{alarm.Name}\" in {_options.RegionDisplayName}", AlarmJson.Message(alarm, oldState, _options).ToJsonString()));
        }
    }
}
