using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orchestrator.Core.QueueDrain;

/// <summary>
/// A worker's partial batch result, in Lambda's ReportBatchItemFailures shape:
/// <c>{"batchItemFailures":[{"itemIdentifier":"&lt;SQS MessageId&gt;"}]}</c>, written to
/// <see cref="BatchEnvelope.ResultVariable"/>'s S3 object before the worker exits 0, and read by the
/// lane's ReadBatchResult state (s3:getObject; its answer, or the caught error, in the task's
/// <c>Result</c> member).
/// </summary>
/// <remarks>
/// <para>Only an exit-0, not interrupted task has its result read. No object (S3 NoSuchKey): the batch
/// succeeded as a whole. An empty list: every message succeeded. Listed ids: those messages fail (they
/// come back with the usual backoff and, having a receive count above 1, run alone next time), the
/// others are deleted.</para>
/// <para>Anything else fails the whole batch, since the drain cannot tell which messages the worker
/// finished: a body that is not that JSON, an id that is not a message of the batch, or an object
/// that could not be read (any S3 error other than NoSuchKey, after the state's retries).</para>
/// </remarks>
public static class PartialResult
{
    /// <summary>What the result says.</summary>
    /// <param name="Valid">False: the whole batch fails (<see cref="Reason"/> says why).</param>
    /// <param name="Failed">The message ids the worker reported failed (empty: all succeeded).</param>
    public sealed record Verdict(bool Valid, IReadOnlySet<string> Failed, string Reason);

    /// <summary>Reads the ReadBatchResult answer (<c>{"Body"}</c>) or its caught error (<c>{"Error","Cause"}</c>);
    /// null when no result was read.</summary>
    public static Verdict Read(JsonObject? read, IReadOnlyList<BatchMessage> messages)
    {
        var none = new HashSet<string>(StringComparer.Ordinal);
        if (read is null)
        {
            return new Verdict(true, none, "no batch result read");
        }

        if (read["Error"] is not null)
        {
            var error = Json.String(read, "Error", "batch result error");
            return error.Contains("NoSuchKey", StringComparison.Ordinal)
                ? new Verdict(true, none, "no batch result")
                : new Verdict(false, none, $"batch result could not be read: {error}");
        }

        return Parse(Json.OptionalString(read, "Body") ?? "", messages);
    }

    private static Verdict Parse(string body, IReadOnlyList<BatchMessage> messages)
    {
        JsonNode? document;
        try
        {
            document = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return Invalid("is not JSON");
        }

        if (document is not JsonObject root || root["batchItemFailures"] is not JsonArray failures)
        {
            return Invalid("has no batchItemFailures array");
        }

        var ids = messages.Select(m => m.MessageId).ToHashSet(StringComparer.Ordinal);
        var failed = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < failures.Count; i++)
        {
            if (failures[i] is not JsonObject item || item["itemIdentifier"] is not JsonValue value || !value.TryGetValue<string>(out var id))
            {
                return Invalid($"batchItemFailures[{i}] has no itemIdentifier string");
            }

            if (!ids.Contains(id))
            {
                return Invalid($"batchItemFailures[{i}].itemIdentifier '{id}' is not a message of the batch");
            }

            failed.Add(id);
        }

        return new Verdict(true, failed, failed.Count == 0 ? "batch result: every message succeeded" : $"batch result: {failed.Count} of {messages.Count} message(s) failed");
    }

    private static Verdict Invalid(string why) => new(false, new HashSet<string>(StringComparer.Ordinal), $"batch result {why}; the whole batch fails");
}
