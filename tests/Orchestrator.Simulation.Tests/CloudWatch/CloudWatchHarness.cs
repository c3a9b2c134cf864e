using System.Text.Json.Nodes;
using Orchestrator.Simulation.Services;
using Orchestrator.Simulation.Services.CloudWatch;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Tests.CloudWatch;

/// <summary>A simulated CloudWatch on a virtual clock from 2026-01-01T00:00:00Z, recording alarm events and notifications.</summary>
internal sealed class CloudWatchHarness
{
    public static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public CloudWatchHarness(CloudWatchOptions? options = null)
    {
        Scheduler = new Scheduler(Start);
        CloudWatch = new SimulatedCloudWatch(Scheduler, new SeededRandom(3), options);
        CloudWatch.EventPublished += e => Events.Add((Scheduler.Now, e));
        CloudWatch.NotificationPublished += n => Notifications.Add((Scheduler.Now, n));
    }

    public Scheduler Scheduler { get; }

    public SimulatedCloudWatch CloudWatch { get; }

    public List<(DateTimeOffset At, JsonObject Event)> Events { get; } = [];

    public List<(DateTimeOffset At, AlarmNotification Notification)> Notifications { get; } = [];

    public JsonObject Call(string operation, JsonObject request) => CloudWatch.Invoke(operation, request).AsObject();

    public AwsServiceException Fails(string operation, JsonObject request) => Assert.Throws<AwsServiceException>(() => CloudWatch.Invoke(operation, request));

    public void RunUntil(DateTimeOffset at) => Scheduler.Run(at);

    /// <summary>Puts <paramref name="values"/> through the metric sink, one at hh:mm:30 of each minute from <paramref name="firstMinute"/>.</summary>
    public void Feed(int firstMinute, params double[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var value = values[i];
            Scheduler.ScheduleAt(Start.AddMinutes(firstMinute + i).AddSeconds(30), () =>
                CloudWatch.Put("Orchestrator/Test", "Backlog", new Dictionary<string, string> { ["QueueName"] = "work" }, Scheduler.Now, value, "Count"));
        }
    }

    public static JsonObject Alarm(string name = "backlog-high", int evaluationPeriods = 1, int? datapointsToAlarm = null, string? treatMissingData = null)
    {
        var request = new JsonObject
        {
            ["AlarmName"] = name,
            ["AlarmDescription"] = "Backlog above 5",
            ["Namespace"] = "Orchestrator/Test",
            ["MetricName"] = "Backlog",
            ["Dimensions"] = new JsonArray(new JsonObject { ["Name"] = "QueueName", ["Value"] = "work" }),
            ["Statistic"] = "Maximum",
            ["Period"] = 60,
            ["EvaluationPeriods"] = evaluationPeriods,
            ["Threshold"] = 5.0,
            ["ComparisonOperator"] = "GreaterThanThreshold",
            ["AlarmActions"] = new JsonArray("arn:aws:sns:us-east-1:123456789012:alarms"),
            ["OKActions"] = new JsonArray("arn:aws:sns:us-east-1:123456789012:alarms"),
        };
        if (datapointsToAlarm is { } m)
        {
            request["DatapointsToAlarm"] = m;
        }

        if (treatMissingData is not null)
        {
            request["TreatMissingData"] = treatMissingData;
        }

        return request;
    }

    public List<(DateTimeOffset At, string State)> Transitions() =>
        Events.Select(e => (e.At, e.Event["detail"]!["state"]!["value"]!.GetValue<string>())).ToList();

    public string State(string name = "backlog-high") =>
        Call("DescribeAlarms", new JsonObject { ["AlarmNames"] = new JsonArray(name) })["MetricAlarms"]![0]!["StateValue"]!.GetValue<string>();
}
