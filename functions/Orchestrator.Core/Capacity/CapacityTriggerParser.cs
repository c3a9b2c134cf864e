using System.Text.Json.Nodes;

namespace Orchestrator.Core.Capacity;

/// <summary>
/// Reads the events that start capacity-backfill and return-to-spot: the PendingCapacity alarm as an
/// EventBridge "CloudWatch Alarm State Change" or as its SNS notification (Message = the alarm JSON with
/// AlarmName and NewStateValue), and a schedule (detail-type "Scheduled Event", source aws.events for an
/// EventBridge rule, aws.scheduler for the input the stack gives its EventBridge Scheduler schedules).
/// </summary>
/// <remarks>An alarm moving to OK or INSUFFICIENT_DATA starts nothing. With
/// <see cref="CapacitySettings.AlarmName"/> set, another alarm is a foreign event. Anything else fails
/// with <see cref="InvalidInputException"/>.</remarks>
public static class CapacityTriggerParser
{
    /// <summary>Parses the execution input.</summary>
    public static CapacityTrigger Parse(JsonNode? input, string? expectedAlarm)
    {
        var (e, via) = EventEnvelope.Unwrap(input, "capacity trigger");
        if (e["detail-type"] is null)
        {
            // An SNS notification from a CloudWatch alarm: Message is the alarm, not an event.
            var name = Json.String(e, "AlarmName", "SNS Message");
            return Alarm(via, name, Json.String(e, "NewStateValue", "SNS Message"), expectedAlarm);
        }

        var source = Json.String(e, "source", "event");
        var detailType = Json.String(e, "detail-type", "event");
        return (source, detailType) switch
        {
            ("aws.cloudwatch", "CloudWatch Alarm State Change") => FromDetail(Json.Object(e, "detail", "event"), via == "eventbridge" ? "alarm" : via, expectedAlarm),
            ("aws.events" or "aws.scheduler", "Scheduled Event") => new CapacityTrigger("schedule", true, $"schedule at {Json.String(e, "time", "event")}"),
            _ => throw new InvalidInputException($"Not a capacity trigger: source '{source}', detail-type '{detailType}'."),
        };
    }

    private static CapacityTrigger FromDetail(JsonObject detail, string via, string? expectedAlarm) =>
        Alarm(via, Json.String(detail, "alarmName", "detail"), Json.String(Json.Object(detail, "state", "detail"), "value", "detail.state"), expectedAlarm);

    private static CapacityTrigger Alarm(string via, string name, string state, string? expectedAlarm)
    {
        if (expectedAlarm is not null && name != expectedAlarm)
        {
            throw new InvalidInputException($"Not this stack's alarm: '{name}' (expected '{expectedAlarm}').");
        }

        return state switch
        {
            "ALARM" => new CapacityTrigger(via, true, $"alarm {name} is ALARM"),
            "OK" or "INSUFFICIENT_DATA" => new CapacityTrigger(via, false, $"alarm {name} is {state}: nothing to do"),
            _ => throw new InvalidInputException($"Alarm {name} has an unknown state '{state}'."),
        };
    }
}
