using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orchestrator.Core.QueueDrain;

/// <summary>
/// Turns every event that may start a drain into one <see cref="DrainTrigger"/>: an EventBridge
/// "CloudWatch Alarm State Change", an EventBridge "Scheduled Event", the alarm's SNS notification
/// (as Lambda-style <c>Records[].Sns</c>, or as SQS messages carrying the SNS envelope, delivered by a
/// Pipe), or a Pipe batch from the work queue itself.
/// </summary>
/// <remarks>
/// Anything else is foreign or malformed and throws <see cref="InvalidInputException"/> naming what
/// was wrong, so the execution fails before it touches the queue. An alarm that moved to OK or
/// INSUFFICIENT_DATA is neither: it starts nothing. A Pipe deletes the messages it delivers once the
/// execution has started, so work messages that arrive that way are sent back to the queue first.
/// </remarks>
public static class TriggerParser
{
    private static readonly IReadOnlyList<IReadOnlyList<RequeueEntry>> None = [];

    /// <summary>Parses the execution input.</summary>
    public static DrainTrigger Parse(JsonNode? input, string queueUrl)
    {
        return input switch
        {
            JsonArray pipeBatch => ParsePipeBatch(pipeBatch, queueUrl),
            JsonObject o when o["Records"] is JsonArray records => ParseSnsRecords(records),
            JsonObject o when o["detail-type"] is not null => ParseEventBridge(o),
            JsonObject o when o["Type"]?.GetValueKind() == JsonValueKind.String && o["TopicArn"] is not null => ParseSnsEnvelope(o, "sns"),
            null => throw new InvalidInputException("The drain trigger is empty (null input)."),
            _ => throw new InvalidInputException($"Not a drain trigger: expected an EventBridge event, an SNS notification or a Pipe batch, got {Describe(input)}."),
        };
    }

    private static DrainTrigger ParseEventBridge(JsonObject e)
    {
        var source = Json.String(e, "source", "event");
        var detailType = Json.String(e, "detail-type", "event");
        return (source, detailType) switch
        {
            ("aws.cloudwatch", "CloudWatch Alarm State Change") => FromAlarmDetail(Json.Object(e, "detail", "event")),
            ("aws.events", "Scheduled Event") => new DrainTrigger("schedule", true, $"schedule {FirstResource(e)}", None),
            _ => throw new InvalidInputException($"Not a drain trigger: EventBridge event with source '{source}' and detail-type '{detailType}'."),
        };
    }

    private static DrainTrigger FromAlarmDetail(JsonObject detail)
    {
        var name = Json.String(detail, "alarmName", "detail");
        var state = Json.String(Json.Object(detail, "state", "detail"), "value", "detail.state");
        return AlarmTrigger("alarm", name, state);
    }

    private static DrainTrigger ParseSnsRecords(JsonArray records)
    {
        if (records.Count == 0)
        {
            throw new InvalidInputException("Not a drain trigger: Records is empty.");
        }

        var first = records[0] as JsonObject ?? throw new InvalidInputException("Records[0] is not an object.");
        var source = first["EventSource"]?.GetValueKind() == JsonValueKind.String ? (string?)first["EventSource"] : null;
        if (source != "aws:sns")
        {
            throw new InvalidInputException($"Not a drain trigger: Records[0].EventSource is '{source}', expected 'aws:sns'.");
        }

        return ParseSnsEnvelope(Json.Object(first, "Sns", "Records[0]"), "sns");
    }

    private static DrainTrigger ParseSnsEnvelope(JsonObject envelope, string source)
    {
        var type = Json.String(envelope, "Type", "SNS envelope");
        if (type != "Notification")
        {
            throw new InvalidInputException($"Not a drain trigger: SNS message Type is '{type}', expected 'Notification'.");
        }

        var message = Json.ParseEmbedded(Json.String(envelope, "Message", "SNS envelope"), "SNS Message") as JsonObject
            ?? throw new InvalidInputException("SNS Message is not a JSON object (expected a CloudWatch alarm notification).");
        var name = Json.String(message, "AlarmName", "SNS Message");
        var state = Json.String(message, "NewStateValue", "SNS Message");
        return AlarmTrigger(source, name, state);
    }

    private static DrainTrigger AlarmTrigger(string source, string alarmName, string state) => state switch
    {
        "ALARM" => new DrainTrigger(source, true, $"alarm {alarmName} is ALARM", None),
        "OK" or "INSUFFICIENT_DATA" => new DrainTrigger(source, false, $"alarm {alarmName} is {state}: nothing to do", None),
        _ => throw new InvalidInputException($"Alarm {alarmName} has an unknown state '{state}'."),
    };

    private static DrainTrigger ParsePipeBatch(JsonArray batch, string queueUrl)
    {
        if (batch.Count == 0)
        {
            throw new InvalidInputException("Not a drain trigger: the Pipe batch is empty.");
        }

        var messages = batch.Select((m, i) => PipeMessage.Parse(m, i)).ToList();
        var workQueueName = queueUrl[(queueUrl.LastIndexOf('/') + 1)..];
        if (messages.All(m => m.QueueName == workQueueName))
        {
            var entries = messages.Select((m, i) => m.ToRequeueEntry(i)).ToList();
            return new DrainTrigger("pipe", true, $"pipe delivered {entries.Count} work message(s)", entries.Chunk(10).ToList());
        }

        if (messages.Any(m => m.QueueName == workQueueName))
        {
            throw new InvalidInputException("The Pipe batch mixes work-queue messages with messages from other queues.");
        }

        var envelope = Json.ParseEmbedded(messages[0].Body, "Pipe message body") as JsonObject
            ?? throw new InvalidInputException("Pipe message body is not a JSON object (expected an SNS notification).");
        return ParseSnsEnvelope(envelope, "pipe");
    }

    private static string FirstResource(JsonObject e) =>
        e["resources"] is JsonArray { Count: > 0 } r && r[0]?.GetValueKind() == JsonValueKind.String ? (string)r[0]! : "(no rule)";

    private static string Describe(JsonNode node) => node is JsonObject o
        ? $"an object with keys [{string.Join(", ", o.Select(p => p.Key).Take(8))}]"
        : $"a JSON {node.GetValueKind().ToString().ToLowerInvariant()}";
}
