using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.Sqs;

/// <summary>SendMessage and SendMessageBatch, with FIFO groups and deduplication.</summary>
/// <remarks>
/// Limits from the API reference and message quotas: body 1 byte to MaximumMessageSize (body plus
/// attributes), allowed XML characters only, ≤ 10 message attributes, DelaySeconds 0–900 (standard
/// queues only; FIFO queues use the queue's delay), ≤ 10 batch entries whose ids are unique,
/// alphanumeric/hyphen/underscore and ≤ 80 characters, and a batch total ≤ MaximumMessageSize. FIFO:
/// MessageGroupId required; a MessageDeduplicationId (or ContentBasedDeduplication, SHA-256 of the
/// body) seen in the last 5 minutes is accepted without a new message and answered with the first
/// message's id ("Exactly-once processing in Amazon SQS").
/// </remarks>
public sealed partial class SimulatedSqs
{
    private JsonObject SendMessage(JsonObject request) => Accept(Queue(request), request);

    private JsonObject SendMessageBatch(JsonObject request)
    {
        var queue = Queue(request);
        var entries = CheckBatch(request, "SendMessageBatchRequestEntry");
        var total = entries.Sum(e => SqsMessage.SizeOf(e["MessageBody"]!.GetValue<string>(), e["MessageAttributes"]?.AsObject()));
        if (total > queue.Settings.MaximumMessageSize)
        {
            throw SqsErrors.BatchRequestTooLong(queue.Settings.MaximumMessageSize, total, _requestId);
        }

        var successful = new JsonArray();
        var failed = new JsonArray();
        foreach (var entry in entries)
        {
            try
            {
                var result = Accept(queue, entry);
                result.Insert(0, "Id", entry["Id"]!.GetValue<string>());
                successful.Add(result);
            }
            catch (AwsServiceException e)
            {
                failed.Add(FailedEntry(entry, e));
            }
        }

        return new JsonObject { ["Successful"] = successful, ["Failed"] = failed };
    }

    private JsonObject Accept(SqsQueue queue, JsonObject entry)
    {
        var now = _scheduler.Now;
        var body = entry["MessageBody"]!.GetValue<string>();
        var attributes = entry["MessageAttributes"]?.AsObject();
        CheckBody(queue, body, attributes);
        var delay = Delay(queue, entry);
        var (groupId, dedupId) = FifoKeys(queue, entry, body);
        if (dedupId is not null && queue.Deduplication.TryGetValue(dedupId, out var original))
        {
            return SendResult(original.Message);
        }

        var sequence = queue.NextSequence++;
        var message = new SqsMessage
        {
            MessageId = NewId(), Body = body, Md5OfBody = SqsChecksums.Md5Hex(body),
            MessageAttributes = attributes?.DeepClone().AsObject(), Md5OfMessageAttributes = SqsChecksums.Md5OfAttributes(attributes),
            TraceHeader = entry["MessageSystemAttributes"]?["AWSTraceHeader"]?["StringValue"]?.GetValue<string>(),
            SentAt = now, EnqueuedAt = now, ArrivedAt = now, Sequence = sequence, GroupId = groupId, DeduplicationId = dedupId,
            SequenceNumber = queue.Settings.Fifo ? (10_000_000_000_000_000_000m + sequence).ToString(CultureInfo.InvariantCulture) : null,
            VisibleAt = now + TimeSpan.FromSeconds(delay),
        };
        queue.Add(message);
        if (dedupId is not null)
        {
            queue.Deduplication[dedupId] = (message, now);
        }

        queue.SentInPeriod++;
        _log.Sent(queue.Name, message.MessageId, now);
        Poke(queue);
        return SendResult(message);
    }

    private static JsonObject SendResult(SqsMessage message)
    {
        var result = new JsonObject { ["MD5OfMessageBody"] = message.Md5OfBody };
        if (message.Md5OfMessageAttributes is { } md5)
        {
            result["MD5OfMessageAttributes"] = md5;
        }

        result["MessageId"] = message.MessageId;
        if (message.SequenceNumber is { } sequenceNumber)
        {
            result["SequenceNumber"] = sequenceNumber;
        }

        return result;
    }

    private void CheckBody(SqsQueue queue, string body, JsonObject? attributes)
    {
        if (body.Length == 0)
        {
            throw SqsErrors.MissingParameter("MessageBody", _requestId);
        }

        if (!IsAllowedText(body))
        {
            throw SqsErrors.InvalidMessageContents(_requestId);
        }

        if (attributes is { Count: > 10 })
        {
            throw SqsErrors.InvalidParameter($"Number of message attributes [{attributes.Count}] exceeds the allowed maximum [10].", _requestId);
        }

        if (SqsMessage.SizeOf(body, attributes) > queue.Settings.MaximumMessageSize)
        {
            throw SqsErrors.InvalidParameter(
                $"One or more parameters are invalid. Reason: Message must be shorter than {queue.Settings.MaximumMessageSize} bytes.", _requestId);
        }
    }

    /// <summary>The characters SQS accepts: #x9 | #xA | #xD | #x20–#xD7FF | #xE000–#xFFFD | #x10000–#x10FFFF (lone surrogates rejected).</summary>
    private static bool IsAllowedText(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || !(c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)))
            {
                return false;
            }
        }

        return true;
    }

    private int Delay(SqsQueue queue, JsonObject entry)
    {
        if (IntOf(entry["DelaySeconds"]) is not { } delay)
        {
            return queue.Settings.DelaySeconds;
        }

        if (queue.Settings.Fifo)
        {
            throw SqsErrors.InvalidParameterValue("DelaySeconds", Text(delay), "The request include parameter that is not valid for this queue type.", _requestId);
        }

        return delay is >= 0 and <= 900
            ? delay
            : throw SqsErrors.InvalidParameterValue("DelaySeconds", Text(delay), "DelaySeconds must be >= 0 and <= 900.", _requestId);
    }

    private (string? GroupId, string? DeduplicationId) FifoKeys(SqsQueue queue, JsonObject entry, string body)
    {
        var groupId = entry["MessageGroupId"]?.GetValue<string>();
        var dedupId = entry["MessageDeduplicationId"]?.GetValue<string>();
        if (!queue.Settings.Fifo)
        {
            return dedupId is null
                ? (groupId, null)
                : throw SqsErrors.InvalidParameterValue("MessageDeduplicationId", dedupId, "The request includes a parameter that is not valid for this queue type.", _requestId);
        }

        if (groupId is null)
        {
            throw SqsErrors.MissingParameter("MessageGroupId", _requestId);
        }

        if (dedupId is null && !queue.Settings.ContentBasedDeduplication)
        {
            throw SqsErrors.InvalidParameter("The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly", _requestId);
        }

        return (groupId, dedupId ?? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body))));
    }

    /// <summary>Batch-level checks shared by the three *Batch actions; answers the entries.</summary>
    private List<JsonObject> CheckBatch(JsonObject request, string entryShape)
    {
        var entries = request["Entries"]!.AsArray().Select(e => e!.AsObject()).ToList();
        if (entries.Count == 0)
        {
            throw SqsErrors.EmptyBatchRequest(entryShape, _requestId);
        }

        if (entries.Count > 10)
        {
            throw SqsErrors.TooManyEntriesInBatchRequest(entries.Count, _requestId);
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in entries.Select(e => e["Id"]!.GetValue<string>()))
        {
            if (id.Length is 0 or > 80 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                throw SqsErrors.InvalidBatchEntryId(_requestId);
            }

            if (!ids.Add(id))
            {
                throw SqsErrors.BatchEntryIdsNotDistinct(id, _requestId);
            }
        }

        return entries;
    }

    private static JsonObject FailedEntry(JsonObject entry, AwsServiceException e) => new()
    {
        ["Id"] = entry["Id"]!.GetValue<string>(),
        ["SenderFault"] = true,
        ["Code"] = e.Code,
        ["Message"] = e.Message,
    };
}
