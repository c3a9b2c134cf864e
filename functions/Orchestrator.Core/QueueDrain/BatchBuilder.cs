using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orchestrator.Core.QueueDrain;

/// <summary>
/// Builds a batch from the raw ReceiveMessage answers of one lane: flattens them, keeps each message's
/// receipt handle and receive count, and puts the batch in the task's overrides, or in an S3 manifest
/// when the overrides would exceed ECS's limit (see <see cref="BatchEnvelope"/>). The lane splits the
/// messages into parts first, so that messages that already failed run alone (<see cref="BuildParts"/>).
/// </summary>
public static class BatchBuilder
{
    /// <summary>Escapes as an AWS SDK does on the wire (\" rather than \u0022), so lengths are measured
    /// as ECS counts them.</summary>
    private static readonly JsonSerializerOptions Wire = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>All received messages as one batch, whatever their receive counts.</summary>
    /// <param name="receives">The ReceiveMessage answers ({"Messages":[…]} or {} when empty).</param>
    /// <param name="settings">The drain's settings (container name, manifest bucket).</param>
    /// <param name="batchId">Unique per batch within the drain, used in the manifest key.</param>
    public static BatchPlan Build(JsonArray receives, DrainSettings settings, string batchId)
    {
        var messages = Flatten(receives);
        return messages.Count == 0 ? new BatchPlan(true, [], new JsonObject(), null) : Part(messages, settings, batchId);
    }

    /// <summary>The received messages split into parts that run one after the other, suspects
    /// isolated (<see cref="SuspectIsolation"/>). Part k after the first has the manifest key suffix
    /// <c>-p{k}</c> and <see cref="BatchPlan.Hold"/> entries.</summary>
    /// <param name="partsLeft">Tasks the lane may still run in this cycle (its batch budget).</param>
    public static DrainBatch BuildParts(JsonArray receives, DrainSettings settings, string batchId, int partsLeft)
    {
        var messages = Flatten(receives);
        if (messages.Count == 0)
        {
            return DrainBatch.None;
        }

        var split = SuspectIsolation.Split([.. messages.Select(m => m.Message.ReceiveCount)], SuspectIsolation.MaxParts(settings, partsLeft));
        var parts = split.Select((indices, k) => k == 0
            ? Part([.. indices.Select(i => messages[i])], settings, batchId)
            : Part([.. indices.Select(i => messages[i])], settings, $"{batchId}-p{k}") with
            {
                Hold = [.. indices.Select(i => new VisibilityEntry($"m{i}", messages[i].Message.ReceiptHandle, settings.VisibilityTimeoutSeconds))],
            });
        var all = parts.ToList();
        return new DrainBatch(false, all[0], all[1..]);
    }

    /// <summary>The messages of all receives in order, each once (a message id seen twice is kept once).</summary>
    private static List<(BatchMessage Message, string Body)> Flatten(JsonArray receives)
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

        return messages.DistinctBy(m => m.Message.MessageId).ToList();
    }

    private static BatchPlan Part(IReadOnlyList<(BatchMessage Message, string Body)> messages, DrainSettings settings, string batchId)
    {
        var envelope = EnvelopeJson(messages);
        var result = settings.ManifestBucket.Length == 0 ? ResultObject.None : new ResultObject(settings.ManifestBucket, $"results/{settings.QueueName}/{batchId}.json");
        var inline = Overrides(settings.ContainerName, BatchEnvelope.BatchVariable, envelope, result);
        if (inline.ToJsonString(Wire).Length <= BatchEnvelope.OverridesLimit)
        {
            return new BatchPlan(false, [.. messages.Select(m => m.Message)], inline, null) { Result = result };
        }

        if (settings.ManifestBucket.Length == 0)
        {
            throw new InvalidInputException(
                $"The batch of {messages.Count} message(s) needs {inline.ToJsonString(Wire).Length} characters of overrides, over ECS's {BatchEnvelope.OverridesLimit}, and no ManifestBucket is configured.");
        }

        var manifest = new ManifestObject(settings.ManifestBucket, $"manifests/{settings.QueueName}/{batchId}.json", envelope);
        return new BatchPlan(false, [.. messages.Select(m => m.Message)], Overrides(settings.ContainerName, BatchEnvelope.ManifestVariable, manifest.Url, result), manifest) { Result = result };
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
            items.Add((JsonNode)new JsonObject { ["messageId"] = m.MessageId, ["receiptHandle"] = m.ReceiptHandle, ["body"] = body, ["receiveCount"] = m.ReceiveCount });
        }

        return new JsonObject { ["messages"] = items }.ToJsonString(Wire);
    }

    private static JsonObject Overrides(string container, string variable, string value, ResultObject result)
    {
        var environment = new JsonArray { (JsonNode)new JsonObject { ["Name"] = variable, ["Value"] = value } };
        if (result.Bucket.Length > 0)
        {
            environment.Add((JsonNode)new JsonObject { ["Name"] = BatchEnvelope.ResultVariable, ["Value"] = result.Url });
        }

        return new JsonObject
        {
            ["ContainerOverrides"] = new JsonArray { (JsonNode)new JsonObject { ["Name"] = container, ["Environment"] = environment } },
        };
    }
}
