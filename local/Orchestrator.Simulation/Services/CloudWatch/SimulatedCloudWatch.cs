using System.Text.Json.Nodes;
using Orchestrator.Simulation.Models;
using Orchestrator.Simulation.Recording;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Services.CloudWatch;

/// <summary>
/// Simulated Amazon CloudWatch ("cloudwatch"): a metric store fed by PutMetricData and by the other
/// simulated services (as their <see cref="IMetricSink"/>), metric queries, and metric alarms evaluated
/// on the virtual clock that announce their state changes as EventBridge events and SNS notifications.
/// </summary>
/// <remarks>
/// Requests use cloudwatch.json's member names and are validated against it first. Files: Metrics
/// (PutMetricData, GetMetricData, GetMetricStatistics, ListMetrics), Alarms (PutMetricAlarm,
/// DescribeAlarms, DeleteAlarms, SetAlarmState, evaluation and notifications);
/// <see cref="AlarmEvaluator"/> holds AWS's evaluation rules and <see cref="AlarmText"/> its texts.
/// </remarks>
public sealed partial class SimulatedCloudWatch : ISimulatedService, IMetricSink
{
    private readonly Scheduler _scheduler;
    private readonly CloudWatchOptions _options;
    private readonly SeededRandom _ids;
    private readonly SeededRandom _requestIds;
    private readonly Dictionary<string, MetricSeries> _series = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MetricAlarm> _alarms = new(StringComparer.Ordinal);

    /// <summary>Creates an empty CloudWatch; <paramref name="random"/> is forked per stream (ids, request ids).</summary>
    public SimulatedCloudWatch(Scheduler scheduler, SeededRandom random, CloudWatchOptions? options = null)
    {
        _scheduler = scheduler;
        _options = options ?? new CloudWatchOptions();
        _ids = random.Fork();
        _requestIds = random.Fork();
    }

    /// <inheritdoc/>
    public string ServiceName => CloudWatchErrors.Service;

    /// <summary>Raised with each "CloudWatch Alarm State Change" EventBridge event.</summary>
    public event Action<JsonObject>? EventPublished;

    /// <summary>Raised once per SNS topic in the alarm's actions for the new state (when actions are enabled).</summary>
    public event Action<AlarmNotification>? NotificationPublished;

    /// <summary>Raised for each Auto Scaling policy action of the alarm's state at every evaluation (see the alarms' remarks).</summary>
    public event Action<ScalingActionInvocation>? ScalingActionInvoked;

    private DateTimeOffset Now => _scheduler.Now;

    /// <inheritdoc/>
    public JsonNode Invoke(string operation, JsonObject request) =>
        ServiceRequests.Answer(ServiceName, operation, request, _requestIds, "InvalidAction", name => name switch
        {
            "PutMetricData" => PutMetricData(request),
            "GetMetricData" => GetMetricData(request),
            "GetMetricStatistics" => GetMetricStatistics(request),
            "ListMetrics" => ListMetrics(request),
            "PutMetricAlarm" => PutMetricAlarm(request),
            "DescribeAlarms" => DescribeAlarms(request),
            "DeleteAlarms" => DeleteAlarms(request),
            "SetAlarmState" => SetAlarmState(request),
            _ => throw CloudWatchErrors.InvalidParameterValue($"The simulated CloudWatch does not implement {name}."),
        });

    /// <inheritdoc/>
    public void Put(string @namespace, string metricName, IReadOnlyDictionary<string, string> dimensions, DateTimeOffset timestamp, double value, string unit) =>
        Store(@namespace, metricName, dimensions.OrderBy(d => d.Key, StringComparer.Ordinal).ToList(), new MetricPoint(timestamp, Visible(@namespace), 1, value, value, value, unit));

    private DateTimeOffset Visible(string @namespace) => Now + _options.MetricDelays.GetValueOrDefault(@namespace);

    private void Store(string @namespace, string name, List<KeyValuePair<string, string>> dimensions, MetricPoint point)
    {
        var key = MetricSeries.Key(@namespace, name, dimensions);
        if (!_series.TryGetValue(key, out var series))
        {
            _series[key] = series = new MetricSeries(@namespace, name, dimensions);
        }

        series.Points.Add(point);
    }

    private MetricSeries? Find(string @namespace, string name, IEnumerable<KeyValuePair<string, string>> dimensions) =>
        _series.GetValueOrDefault(MetricSeries.Key(@namespace, name, dimensions));

    private string NewUuid()
    {
        var hi = _ids.NextUInt64().ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
        var lo = _ids.NextUInt64().ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
        return $"{hi[..8]}-{hi[8..12]}-{hi[12..16]}-{lo[..4]}-{lo[4..16]}";
    }
}
