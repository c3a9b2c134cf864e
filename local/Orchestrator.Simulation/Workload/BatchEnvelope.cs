using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Workload;

/// <summary>
/// The contract between the queue-drain workflow and the task it starts: how a task learns which
/// messages are its batch.
/// </summary>
/// <remarks>
/// <para>The workflow passes the batch in the RunTask container overrides
/// (<c>overrides.containerOverrides[].environment</c>) of the task's essential container, in one of
/// two environment variables:</para>
/// <list type="bullet">
/// <item><c>ORCHESTRATOR_BATCH</c> = the batch as JSON:
/// <c>{"messages":[{"messageId":"…","receiptHandle":"…","body":"…"}]}</c>.</item>
/// <item><c>ORCHESTRATOR_BATCH_MANIFEST</c> = <c>s3://bucket/key</c> of an object holding exactly
/// that JSON, used when the batch would exceed the overrides size limit ("A total of 8192
/// characters are allowed for overrides", RunTask API reference).</item>
/// </list>
/// <para>The names are <c>Orchestrator.Core.QueueDrain.BatchEnvelope</c>'s, the side that writes the
/// batch (<c>BatchBuilder</c>); this type is the reading side, inside the simulated container.</para>
/// <para>When both are set the inline batch wins. A task with neither has an empty batch. Member
/// names are camelCase as shown; <c>messageId</c> is required, <c>receiptHandle</c> and
/// <c>body</c> default to empty. Anything else (not JSON, no <c>messages</c> array, a manifest that
/// cannot be read) is a malformed batch: <see cref="TryRead"/> reports why, and the simulated task
/// fails as a real one would.</para>
/// </remarks>
public sealed record BatchEnvelope(IReadOnlyList<BatchMessage> Messages)
{
    /// <summary>Environment variable holding the inline batch JSON.</summary>
    public const string BatchVariable = global::Orchestrator.Core.QueueDrain.BatchEnvelope.BatchVariable;

    /// <summary>Environment variable holding the <c>s3://bucket/key</c> of a batch manifest.</summary>
    public const string ManifestVariable = global::Orchestrator.Core.QueueDrain.BatchEnvelope.ManifestVariable;

    /// <summary>Environment variable holding the <c>s3://bucket/key</c> a worker may write its partial batch result to.</summary>
    public const string ResultVariable = global::Orchestrator.Core.QueueDrain.BatchEnvelope.ResultVariable;

    /// <summary>A batch with no messages.</summary>
    public static BatchEnvelope Empty { get; } = new([]);

    /// <summary>
    /// Reads the batch from a container's environment, reading a manifest through
    /// <paramref name="readObject"/> (bucket, key → object text, or null when it does not exist).
    /// </summary>
    /// <returns>True with the batch, or false with <paramref name="error"/> saying what was wrong.</returns>
    public static bool TryRead(
        IReadOnlyDictionary<string, string> environment,
        Func<string, string, string?>? readObject,
        out BatchEnvelope batch,
        out string? error)
    {
        batch = Empty;
        error = null;
        if (environment.TryGetValue(BatchVariable, out var inline))
        {
            return TryParse(inline, out batch, out error);
        }

        if (!environment.TryGetValue(ManifestVariable, out var location))
        {
            return true;
        }

        if (!TrySplitS3Uri(location, out var bucket, out var key))
        {
            error = $"{ManifestVariable} must be s3://bucket/key, got '{location}'.";
            return false;
        }

        if (readObject is null)
        {
            error = $"{ManifestVariable} is set but the simulation has no S3 reader to fetch '{location}'.";
            return false;
        }

        var text = readObject(bucket, key);
        if (text is null)
        {
            error = $"Batch manifest '{location}' does not exist.";
            return false;
        }

        return TryParse(text, out batch, out error);
    }

    /// <summary>Parses the batch JSON; false with <paramref name="error"/> when it is malformed.</summary>
    public static bool TryParse(string json, out BatchEnvelope batch, out string? error)
    {
        batch = Empty;
        error = null;
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            error = $"Batch is not valid JSON: {e.Message}";
            return false;
        }

        if (root is not JsonObject obj || obj["messages"] is not JsonArray items)
        {
            error = "Batch must be a JSON object with a 'messages' array.";
            return false;
        }

        var messages = new List<BatchMessage>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not JsonObject item || !TryString(item, "messageId", out var id) || id.Length == 0)
            {
                error = $"Batch message {i} must be an object with a non-empty string 'messageId'.";
                return false;
            }

            TryString(item, "receiptHandle", out var handle);
            TryString(item, "body", out var body);
            messages.Add(new BatchMessage(id, handle, body));
        }

        batch = new BatchEnvelope(messages);
        return true;
    }

    /// <summary>The batch as its contract JSON.</summary>
    public string ToJson()
    {
        var array = new JsonArray();
        foreach (var m in Messages)
        {
            array.Add(new JsonObject { ["messageId"] = m.MessageId, ["receiptHandle"] = m.ReceiptHandle, ["body"] = m.Body });
        }

        return new JsonObject { ["messages"] = array }.ToJsonString();
    }

    private static bool TryString(JsonObject item, string name, out string value)
    {
        value = string.Empty;
        if (item[name] is JsonValue v && v.TryGetValue<string>(out var s))
        {
            value = s;
            return true;
        }

        return false;
    }

    private static bool TrySplitS3Uri(string uri, out string bucket, out string key)
    {
        bucket = key = string.Empty;
        const string Scheme = "s3://";
        if (!uri.StartsWith(Scheme, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = uri[Scheme.Length..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == rest.Length - 1)
        {
            return false;
        }

        bucket = rest[..slash];
        key = rest[(slash + 1)..];
        return true;
    }
}
