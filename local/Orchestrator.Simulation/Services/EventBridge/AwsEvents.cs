using System.Globalization;
using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.EventBridge;

/// <summary>
/// Builds the events AWS services put on the default bus, field by field as AWS documents them
/// (AWS-FACTS.md "Events"), ready for <see cref="SimulatedEventBridge.Publish"/>.
/// </summary>
/// <remarks>
/// Sources: EC2 user guide "Spot Instance interruption notices" (the Spot warning; its resource ARN
/// names the Availability Zone in the region field and has no account) and "EC2 instance rebalance
/// recommendations" (region and account in the ARN); CloudWatch user guide "Alarm events and
/// EventBridge" (alarm state change: timestamps as <c>2019-10-02T17:04:40.989+0000</c>, reasonData a
/// JSON string); ECS developer guide "Amazon ECS task state change events" (detail = the task in the
/// API's camelCase, timestamps as ISO 8601 strings, resources = the task ARN).
/// </remarks>
public static class AwsEvents
{
    private static readonly string[] EcsTimestamps =
        ["createdAt", "startedAt", "stoppedAt", "stoppingAt", "pullStartedAt", "pullStoppedAt", "executionStoppedAt", "connectivityAt", "updatedAt"];

    /// <summary>"EC2 Spot Instance Interruption Warning": two minutes before the Spot instance is interrupted.</summary>
    /// <param name="bus">Supplies id, account, region and time.</param>
    /// <param name="instanceId">The instance, e.g. <c>i-1234567890abcdef0</c>.</param>
    /// <param name="availabilityZone">The instance's zone, e.g. <c>us-east-1b</c> (it appears in the ARN).</param>
    /// <param name="action"><c>terminate</c>, <c>stop</c> or <c>hibernate</c>.</param>
    public static JsonObject SpotInterruptionWarning(SimulatedEventBridge bus, string instanceId, string availabilityZone, string action = "terminate") =>
        action is "terminate" or "stop" or "hibernate"
            ? bus.Envelope("aws.ec2", "EC2 Spot Instance Interruption Warning",
                new JsonObject { ["instance-id"] = instanceId, ["instance-action"] = action },
                [$"arn:aws:ec2:{availabilityZone}:instance/{instanceId}"])
            : throw new ArgumentException($"instance-action must be terminate, stop or hibernate, not '{action}'.", nameof(action));

    /// <summary>"EC2 Instance Rebalance Recommendation": the Spot instance is at elevated risk of interruption.</summary>
    public static JsonObject RebalanceRecommendation(SimulatedEventBridge bus, string instanceId, string region, string accountId) =>
        bus.Envelope("aws.ec2", "EC2 Instance Rebalance Recommendation",
            new JsonObject { ["instance-id"] = instanceId },
            [$"arn:aws:ec2:{region}:{accountId}:instance/{instanceId}"]);

    /// <summary>"CloudWatch Alarm State Change" for an alarm moving from <paramref name="previous"/> to <paramref name="current"/>.</summary>
    /// <param name="bus">Supplies id, account, region and time.</param>
    /// <param name="alarmArn">The alarm's ARN (<c>arn:aws:cloudwatch:region:account:alarm:name</c>), the event's only resource.</param>
    /// <param name="alarmName">The alarm's name.</param>
    /// <param name="current">The new state.</param>
    /// <param name="previous">The state before.</param>
    /// <param name="metrics">The alarm's <c>configuration.metrics</c> (id, metricStat {metric {namespace, name, dimensions}, period, stat}, returnData).</param>
    public static JsonObject AlarmStateChange(SimulatedEventBridge bus, string alarmArn, string alarmName, AlarmState current, AlarmState previous, JsonArray metrics) =>
        bus.Envelope("aws.cloudwatch", "CloudWatch Alarm State Change", new JsonObject
        {
            ["alarmName"] = alarmName,
            ["state"] = current.ToJson(),
            ["previousState"] = previous.ToJson(),
            ["configuration"] = new JsonObject { ["metrics"] = metrics.DeepClone() },
        }, [alarmArn]);

    /// <summary>"ECS Task State Change": <paramref name="task"/> as the ECS API describes it (camelCase); epoch-second timestamps become ISO 8601.</summary>
    public static JsonObject EcsTaskStateChange(SimulatedEventBridge bus, JsonObject task)
    {
        var detail = (JsonObject)task.DeepClone();
        foreach (var name in EcsTimestamps)
        {
            if (detail[name] is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number)
            {
                var time = DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(v.GetValue<double>() * 1000));
                detail[name] = time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
            }
        }

        var taskArn = detail["taskArn"]?.GetValue<string>() ?? throw new ArgumentException("The task has no taskArn.", nameof(task));
        return bus.Envelope("aws.ecs", "ECS Task State Change", detail, [taskArn]);
    }
}
