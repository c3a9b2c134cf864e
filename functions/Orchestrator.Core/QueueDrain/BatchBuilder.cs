using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orchestrator.Core.QueueDrain;

/// <summary>
/// Builds a batch from the raw ReceiveMessage answers of one lane: flattens them, keeps each message's
/// receipt handle and receive count, and puts the batch in the task's overrides, or in an S3 manifest
/// when the overrides would exceed ECS's limit (see <see cref="BatchEnvelope"/>).
/// </summary>
public static class BatchBuilder
{
    /// <summary>Escapes as an AWS SDK does on the wire (\" rather than \u0022), so lengths are measured
    /// as ECS counts them.</summary>
    private static readonly JsonSerializerOptions Wire = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="receives">The ReceiveMessage answers ({"Messages":[…]} or {} when empty).</param>
    /// <param name="settings">The drain's settings (container name, manifest bucket).</param>
    /// <param name="batchId">Unique per batch within the drain, used in the manifest key.</param>
    public static BatchPlan Build(JsonArray receives, DrainSettings settings, string batchId)
    {
        var messages = new List<(BatchMessage Message, string Body)>();
        for (var i = 0; i < receives.Count; i++)
        {
            var answer = receives[i] as JsonObject ?? throw new InvalidInputException($"receives[{i}] is not a ReceiveMessage answer.");
            if (answer["Messages"] is not JsonArray received)
            {
                continue;
            }

            messages.AddRange(received.Select((m, j) => ParseMessage(m, $"receives[{i}].Messages[{j}]")));
        }

        var distinct = messages.DistinctBy(m => m.Message.MessageId).ToList();
        if (distinct.Count == 0)
        {
            return new BatchPlan(true, [], new JsonObject(), null);
        }

        var envelope = EnvelopeJson(distinct);
        var inline = Overrides(settings.ContainerName, BatchEnvelope.BatchVariable, envelope);
        if (inline.ToJsonString(Wire).Length <= BatchEnvelope.OverridesLimit)
        {
            return new BatchPlan(false, [.. distinct.Select(m => m.Message)], inline, null);
        }

        if (settings.ManifestBucket.Length == 0)
        {
            throw new InvalidInputException(
                $"The batch of {distinct.Count} message(s) needs {inline.ToJsonString(Wire).Length} characters of overrides, over ECS's {BatchEnvelope.OverridesLimit}, and no ManifestBucket is configured.");
        }

        var manifest = new ManifestObject(settings.ManifestBucket, $"manifests/{settings.QueueName}/{batchId}.json", envelope);
        return new BatchPlan(false, [.. distinct.Select(m => m.Message)], Overrides(settings.ContainerName, BatchEnvelope.ManifestVariable, manifest.Url), manifest);
    }

    private static (BatchMessage Message, string Body) ParseMessage(JsonNode? node, string where)
    {
        var message = node as JsonObject ?? throw new InvalidInputException($"{where} is not an object.");
        var attributes = message["Attributes"] as JsonObject;
        var count = attributes is null ? "1" : Json.OptionalString(attributes, "ApproximateReceiveCount") ?? "1";
        if (!int.TryParse(count, NumberStyles.Integer, CultureInfo.InvariantCulture, out var receiveCount) || receiveCount < 1)
        {
            throw new InvalidInputException($"{where}.Attributes.ApproximateReceiveCount '{count}' is not a positive number.");
        }

        var parsed = new BatchMessage(Json.String(message, "MessageId", where), Json.String(message, "ReceiptHandle", where), receiveCount);
        return (parsed, Json.String(message, "Body", where));
    }

    private static string EnvelopeJson(IReadOnlyList<(BatchMessage Message, string Body)> messages)
    {
        var items = new JsonArray();
        foreach (var (m, body) in messages)
        {
            items.Add((JsonNode)new JsonObject { ["messageId"] = m.MessageId, ["receiptHandle"] = m.ReceiptHandle, ["body"] = body });
        }

        return new JsonObject { ["messages"] = items }.ToJsonString(Wire);
    }

    private static JsonObject Overrides(string container, string variable, string value) => new()
    {
        ["ContainerOverrides"] = new JsonArray
        {
            (JsonNode)new JsonObject
            {
                ["Name"] = container,
                ["Environment"] = new JsonArray { (JsonNode)new JsonObject { ["Name"] = variable, ["Value"] = value } },
            },
        },
    };
}
