using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orchestrator.Core.Capacity;

/// <summary>
/// Unwraps the forms an event reaches a capacity workflow in: the EventBridge event itself, an SNS
/// notification whose Message is that event (an EventBridge rule or CloudWatch alarm with an SNS target),
/// either as the SNS envelope or as Lambda-style <c>Records[].Sns</c>, or an EventBridge Pipe batch of one SQS
/// message whose body is either of those (SNS → SQS → Pipe → state machine, the way without a Lambda).
/// </summary>
/// <remarks>A Pipe batch must hold exactly one message (the Pipe's BatchSize 1): each event is one
/// execution, so that a failure or a duplicate concerns that event only.</remarks>
internal static class EventEnvelope
{
    /// <summary>The event object and where it came from (eventbridge or sns); the SNS Message parsed.</summary>
    public static (JsonObject Event, string Source) Unwrap(JsonNode? input, string what) => input switch
    {
        JsonArray batch => (FromPipe(batch, what), "pipe"),
        JsonObject o when o["Records"] is JsonArray records => (FromSns(FirstSnsRecord(records), what), "sns"),
        JsonObject o when o["detail-type"] is not null => (o, "eventbridge"),
        JsonObject o when Json.OptionalString(o, "Type") is not null && o["TopicArn"] is not null => (FromSns(o, what), "sns"),
        null => throw new InvalidInputException($"The {what} is empty (null input)."),
        JsonObject o => throw new InvalidInputException($"Not a {what}: expected an EventBridge event or an SNS notification, got an object with keys [{string.Join(", ", o.Select(p => p.Key).Take(8))}]."),
        _ => throw new InvalidInputException($"Not a {what}: expected an EventBridge event or an SNS notification, got a JSON {input.GetValueKind().ToString().ToLowerInvariant()}."),
    };

    private static JsonObject FromPipe(JsonArray batch, string what)
    {
        if (batch.Count != 1 || batch[0] is not JsonObject record)
        {
            throw new InvalidInputException($"Not a {what}: a Pipe batch must hold exactly one SQS message (set the Pipe's BatchSize to 1), got {batch.Count} item(s).");
        }

        var source = Json.OptionalString(record, "eventSource");
        if (source != "aws:sqs")
        {
            throw new InvalidInputException($"Pipe batch[0].eventSource is '{source}', expected 'aws:sqs'.");
        }

        var body = Json.ParseEmbedded(Json.String(record, "body", "Pipe batch[0]"), "Pipe message body") as JsonObject
            ?? throw new InvalidInputException("Pipe message body is not a JSON object.");
        return Json.OptionalString(body, "Type") is not null && body["TopicArn"] is not null ? FromSns(body, what) : body;
    }

    private static JsonObject FirstSnsRecord(JsonArray records)
    {
        if (records.Count == 0 || records[0] is not JsonObject first)
        {
            throw new InvalidInputException("Records is empty or Records[0] is not an object.");
        }

        var source = Json.OptionalString(first, "EventSource");
        return source == "aws:sns"
            ? Json.Object(first, "Sns", "Records[0]")
            : throw new InvalidInputException($"Records[0].EventSource is '{source}', expected 'aws:sns'.");
    }

    private static JsonObject FromSns(JsonObject envelope, string what)
    {
        var type = Json.String(envelope, "Type", "SNS envelope");
        if (type != "Notification")
        {
            throw new InvalidInputException($"Not a {what}: SNS message Type is '{type}', expected 'Notification'.");
        }

        return Json.ParseEmbedded(Json.String(envelope, "Message", "SNS envelope"), "SNS Message") as JsonObject
            ?? throw new InvalidInputException("SNS Message is not a JSON object.");
    }

    /// <summary>The event's <c>time</c> (ISO 8601), required.</summary>
    public static DateTimeOffset Time(JsonObject e, string where)
    {
        var text = Json.String(e, "time", where);
        return DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var t)
            ? t
            : throw new InvalidInputException($"{where}: 'time' is not an ISO 8601 timestamp: '{text}'.");
    }

    /// <summary>True when the node is a JSON string.</summary>
    public static bool IsString(JsonNode? node) => node?.GetValueKind() == JsonValueKind.String;
}
