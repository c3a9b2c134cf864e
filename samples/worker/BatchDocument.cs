using System.Text.Json;

namespace Orchestrator.SampleWorker;

/// <summary>Reads the batch document (schemas/batch.schema.json) from the environment: inline in
/// <see cref="ContractNames.Batch"/>, or from the S3 object <see cref="ContractNames.Manifest"/> names.</summary>
/// <remarks>Unknown members are ignored, so the worker keeps working when the drain adds one.</remarks>
public static class BatchDocument
{
    /// <summary>The batch's messages.</summary>
    /// <exception cref="FormatException">The environment names no batch, or the document is malformed; the message says which.</exception>
    public static async Task<IReadOnlyList<BatchItem>> ReadAsync(IReadOnlyDictionary<string, string> environment, IObjectStore store, CancellationToken cancellationToken)
    {
        if (environment.TryGetValue(ContractNames.Batch, out var inline))
        {
            return Parse(inline, ContractNames.Batch);
        }

        if (!environment.TryGetValue(ContractNames.Manifest, out var uri))
        {
            throw new FormatException($"Neither {ContractNames.Batch} nor {ContractNames.Manifest} is set: this container runs only as a queue-drain task.");
        }

        if (!S3Location.TryParse(uri, out var location))
        {
            throw new FormatException($"{ContractNames.Manifest} must be s3://bucket/key, got '{uri}'.");
        }

        return Parse(await store.GetTextAsync(location, cancellationToken).ConfigureAwait(false), location.ToString());
    }

    /// <summary>Parses one batch document; <paramref name="source"/> names it in errors.</summary>
    public static IReadOnlyList<BatchItem> Parse(string json, string source)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(json);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new FormatException($"{source}: not JSON: {e.Message}", e);
        }

        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("messages", out var messages) || messages.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"{source}: $.messages: required, an array.");
        }

        var items = new List<BatchItem>(messages.GetArrayLength());
        var i = 0;
        foreach (var m in messages.EnumerateArray())
        {
            var at = $"{source}: $.messages[{i++}]";
            var id = m.ValueKind == JsonValueKind.Object ? Text(m, "messageId", at) : throw new FormatException($"{at}: must be an object.");
            if (string.IsNullOrEmpty(id))
            {
                throw new FormatException($"{at}.messageId: required, a non-empty string.");
            }

            var count = m.TryGetProperty("receiveCount", out var c) ? (c.TryGetInt32(out var n) && n >= 1 ? n : throw new FormatException($"{at}.receiveCount: must be a whole number ≥ 1.")) : 1;
            items.Add(new BatchItem(id, Text(m, "receiptHandle", at) ?? string.Empty, Text(m, "body", at) ?? string.Empty, count));
        }

        return items;
    }

    private static string? Text(JsonElement message, string name, string at) =>
        !message.TryGetProperty(name, out var value) ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw new FormatException($"{at}.{name}: must be a string.");
}
