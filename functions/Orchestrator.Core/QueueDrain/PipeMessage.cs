using System.Text.Json.Nodes;

namespace Orchestrator.Core.QueueDrain;

/// <summary>One SQS message as EventBridge Pipes delivers it (messageId, body, attributes,
/// eventSource "aws:sqs", eventSourceARN…).</summary>
internal sealed record PipeMessage(string MessageId, string Body, string QueueName, string? GroupId)
{
    public static PipeMessage Parse(JsonNode? node, int index)
    {
        var where = $"Pipe batch[{index}]";
        var message = node as JsonObject ?? throw new InvalidInputException($"{where} is not an object.");
        var source = Json.String(message, "eventSource", where);
        if (source != "aws:sqs")
        {
            throw new InvalidInputException($"{where}.eventSource is '{source}', expected 'aws:sqs'.");
        }

        var arn = Json.String(message, "eventSourceARN", where);
        var parts = arn.Split(':');
        if (parts.Length != 6 || parts[0] != "arn" || parts[2] != "sqs")
        {
            throw new InvalidInputException($"{where}.eventSourceARN '{arn}' is not an SQS queue ARN.");
        }

        var group = message["attributes"] is JsonObject attributes ? Json.OptionalString(attributes, "MessageGroupId") : null;
        return new PipeMessage(Json.String(message, "messageId", where), Json.String(message, "body", where), parts[5], group);
    }

    /// <summary>The entry that sends this message back. On a FIFO queue the original message id is the
    /// deduplication id, so a retried send within SQS's 5-minute window is not duplicated.</summary>
    public RequeueEntry ToRequeueEntry(int index) =>
        new($"m{index}", Body, GroupId, GroupId is null ? null : MessageId);
}
