using System.Globalization;
using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.Sqs;

/// <summary>ReceiveMessage: visibility, receive counts, redrive to the dead-letter queue, FIFO group order, long polling.</summary>
/// <remarks>
/// <para>Standard queues hand out visible messages oldest first; a short poll sees only the servers
/// it samples when <see cref="SqsOptions.ShortPolling"/> is set. FIFO queues hand out messages in order per message
/// group and skip a group while any of its messages is in flight ("FIFO queue delivery logic":
/// "no more messages for the same message group ID are returned unless you delete the message, or
/// it becomes visible"); one call may return several messages of one group, in order.</para>
/// <para>Redrive: when a visible message has already been received maxReceiveCount times, the
/// receive that would exceed the limit moves it to the dead-letter queue instead of returning it
/// (Developer Guide, "Using dead-letter queues"). It keeps its MessageId, SentTimestamp and receive
/// count; a standard DLQ keeps the original enqueue time for retention, a FIFO DLQ resets it
/// ("Setting-up dead-letter queue retention").</para>
/// </remarks>
public sealed partial class SimulatedSqs
{
    private static readonly string[] AllSystemAttributes =
    [
        "SenderId", "SentTimestamp", "ApproximateReceiveCount", "ApproximateFirstReceiveTimestamp", "SequenceNumber",
        "MessageDeduplicationId", "MessageGroupId", "AWSTraceHeader", "DeadLetterQueueSourceArn",
    ];

    private ReceiveParameters ParseReceive(JsonObject request)
    {
        var queue = Queue(request);
        var max = IntOf(request["MaxNumberOfMessages"]) ?? 1;
        if (max is < 1 or > 10)
        {
            throw SqsErrors.InvalidParameterValue("MaxNumberOfMessages", Text(max), "Must be between 1 and 10, if provided.", _requestId);
        }

        var visibility = IntOf(request["VisibilityTimeout"]) ?? queue.Settings.VisibilityTimeout;
        if (visibility is < 0 or > 43_200)
        {
            throw SqsErrors.InvalidParameterValue("VisibilityTimeout", Text(visibility), "Must be between 0 and 43200, if provided.", _requestId);
        }

        var wait = IntOf(request["WaitTimeSeconds"]) ?? queue.Settings.ReceiveMessageWaitTimeSeconds;
        if (wait is < 0 or > 20)
        {
            throw SqsErrors.InvalidParameterValue("WaitTimeSeconds", Text(wait), "Must be >= 0 and <= 20, if provided.", _requestId);
        }

        var system = (request["AttributeNames"]?.AsArray() ?? []).Concat(request["MessageSystemAttributeNames"]?.AsArray() ?? [])
            .Select(n => n!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        if (system.Contains("All"))
        {
            system.UnionWith(AllSystemAttributes);
        }

        var messageAttributes = (request["MessageAttributeNames"]?.AsArray() ?? []).Select(n => n!.GetValue<string>()).ToList();
        return new ReceiveParameters(queue, max, visibility, wait, system, messageAttributes);
    }

    private JsonObject ReceiveNow(ReceiveParameters p, bool countEmpty)
    {
        var taken = Take(p);
        if (taken.Count == 0)
        {
            if (countEmpty)
            {
                p.Queue.EmptyReceivesInPeriod++;
            }

            return [];
        }

        return new JsonObject { ["Messages"] = new JsonArray(taken.Select(m => (JsonNode)ToJson(m, p)).ToArray()) };
    }

    private List<SqsMessage> Take(ReceiveParameters p)
    {
        var now = _scheduler.Now;
        var queue = p.Queue;
        var fifo = queue.Settings.Fifo;
        var blocked = fifo ? queue.Messages.Where(m => m.IsInFlight(now)).Select(m => m.GroupId!).ToHashSet(StringComparer.Ordinal) : [];
        var taken = new List<SqsMessage>();
        var sampled = SampledServers(p);
        for (var i = 0; i < queue.Messages.Count && taken.Count < p.MaxNumberOfMessages; i++)
        {
            var message = queue.Messages[i];
            if (sampled is not null && !sampled[(int)(message.Sequence % sampled.Length)])
            {
                continue; // on a server this short poll did not query
            }

            if (fifo && blocked.Contains(message.GroupId!))
            {
                continue;
            }

            if (!message.IsVisible(now))
            {
                if (fifo)
                {
                    blocked.Add(message.GroupId!); // a delayed head holds back the rest of its group
                }

                continue;
            }

            if (queue.Settings.Redrive is { } redrive && message.ReceiveCount >= redrive.MaxReceiveCount && QueueByArn(redrive.DeadLetterTargetArn) is { } dlq)
            {
                MoveToDeadLetter(queue, message, dlq);
                i--; // the list shifted left
                continue;
            }

            message.ReceiveCount++;
            message.FirstReceivedAt ??= now;
            message.ReceiptHandle = NewReceiptHandle();
            message.VisibleAt = now + TimeSpan.FromSeconds(p.VisibilityTimeout);
            _receipts[message.ReceiptHandle] = new SqsReceipt(queue, message);
            _log.Received(queue.Name, message.MessageId, message.ReceiveCount, message.ReceiptHandle, now);
            taken.Add(message);
        }

        queue.ReceivedInPeriod += taken.Count;
        return taken;
    }

    /// <summary>The servers a short poll queries (<see cref="ShortPolling"/>), or null when it sees all.</summary>
    private bool[]? SampledServers(ReceiveParameters p)
    {
        if (_options.ShortPolling is not { } sampling || _shortPollRandom is null || p.WaitTimeSeconds > 0 || p.Queue.Settings.Fifo)
        {
            return null;
        }

        var servers = new bool[sampling.Servers];
        for (var s = 0; s < servers.Length; s++)
        {
            servers[s] = _shortPollRandom.NextDouble() < sampling.SampleRate;
        }

        return servers;
    }

    private void MoveToDeadLetter(SqsQueue queue, SqsMessage message, SqsQueue dlq)
    {
        var now = _scheduler.Now;
        queue.Messages.Remove(message);
        var sequence = dlq.NextSequence++;
        dlq.Add(new SqsMessage
        {
            MessageId = message.MessageId, Body = message.Body, Md5OfBody = message.Md5OfBody,
            MessageAttributes = message.MessageAttributes, Md5OfMessageAttributes = message.Md5OfMessageAttributes,
            TraceHeader = message.TraceHeader, SentAt = message.SentAt, EnqueuedAt = dlq.Settings.Fifo ? now : message.EnqueuedAt,
            ArrivedAt = now, Sequence = sequence, GroupId = message.GroupId, DeduplicationId = message.DeduplicationId,
            SequenceNumber = dlq.Settings.Fifo ? (10_000_000_000_000_000_000m + sequence).ToString(CultureInfo.InvariantCulture) : null,
            DeadLetterSourceArn = queue.Arn, VisibleAt = now, ReceiveCount = message.ReceiveCount, FirstReceivedAt = message.FirstReceivedAt,
        });
        _log.DeadLettered(queue.Name, message.MessageId, dlq.Name, now);
        Poke(dlq);
    }

    private JsonObject ToJson(SqsMessage m, ReceiveParameters p)
    {
        var json = new JsonObject
        {
            ["MessageId"] = m.MessageId,
            ["ReceiptHandle"] = m.ReceiptHandle,
            ["MD5OfBody"] = m.Md5OfBody,
            ["Body"] = m.Body,
        };
        var attributes = new JsonObject();
        foreach (var name in AllSystemAttributes.Where(p.SystemAttributes.Contains))
        {
            if (SystemAttribute(m, name) is { } value)
            {
                attributes[name] = value;
            }
        }

        if (attributes.Count > 0)
        {
            json["Attributes"] = attributes;
        }

        var selected = new JsonObject();
        foreach (var (name, value) in m.MessageAttributes ?? [])
        {
            if (p.MessageAttributeNames.Any(n => n is "All" or ".*" || n == name || (n.EndsWith(".*", StringComparison.Ordinal) && name.StartsWith(n[..^1], StringComparison.Ordinal))))
            {
                selected[name] = value!.DeepClone();
            }
        }

        if (selected.Count > 0)
        {
            json["MD5OfMessageAttributes"] = SqsChecksums.Md5OfAttributes(selected);
            json["MessageAttributes"] = selected;
        }

        return json;
    }

    private string? SystemAttribute(SqsMessage m, string name) => name switch
    {
        "SenderId" => _options.AccountId,
        "SentTimestamp" => Text(m.SentAt.ToUnixTimeMilliseconds()),
        "ApproximateReceiveCount" => Text(m.ReceiveCount),
        "ApproximateFirstReceiveTimestamp" => m.FirstReceivedAt is { } first ? Text(first.ToUnixTimeMilliseconds()) : null,
        "SequenceNumber" => m.SequenceNumber,
        "MessageDeduplicationId" => m.DeduplicationId,
        "MessageGroupId" => m.GroupId,
        "AWSTraceHeader" => m.TraceHeader,
        "DeadLetterQueueSourceArn" => m.DeadLetterSourceArn,
        _ => null,
    };
}
