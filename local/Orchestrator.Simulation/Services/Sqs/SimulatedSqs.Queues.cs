using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Orchestrator.Simulation.Services.Sqs;

/// <summary>Queue management: CreateQueue, GetQueueUrl, DeleteQueue, ListQueues, Get/SetQueueAttributes, PurgeQueue.</summary>
public sealed partial class SimulatedSqs
{
    /// <summary>CreateQueue: idempotent for the same name and attributes; QueueNameExists when they differ.</summary>
    private JsonObject CreateQueue(JsonObject request)
    {
        var name = request["QueueName"]!.GetValue<string>();
        var attributes = request["Attributes"]?.AsObject();
        var settings = new SqsQueueSettings().With(attributes, creating: true, _requestId);
        var fifoName = name.EndsWith(".fifo", StringComparison.Ordinal);
        if (!QueueName().IsMatch(fifoName ? name[..^5] : name) || name.Length > 80 || fifoName != settings.Fifo)
        {
            throw SqsErrors.InvalidParameter(fifoName || settings.Fifo
                ? "The name of a FIFO queue can only include alphanumeric characters, hyphens, or underscores, must end with .fifo suffix and be 1 to 80 in length."
                : "Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length", _requestId);
        }

        if (!settings.Fifo && settings.ContentBasedDeduplication)
        {
            throw SqsErrors.InvalidAttributeName("ContentBasedDeduplication", _requestId);
        }

        CheckDeadLetterTarget(settings);
        if (_byName.TryGetValue(name, out var existing))
        {
            var differing = settings.Given.FirstOrDefault(a => !existing.Settings.Given.TryGetValue(a.Key, out var v) || v != a.Value);
            return differing.Key is null
                ? new JsonObject { ["QueueUrl"] = existing.Url }
                : throw SqsErrors.QueueNameExists(differing.Key, _requestId);
        }

        if (_deletedAt.TryGetValue(name, out var deleted) && _scheduler.Now - deleted < TimeSpan.FromSeconds(60))
        {
            throw SqsErrors.QueueDeletedRecently(_requestId);
        }

        var queue = new SqsQueue
        {
            Name = name, Url = QueueUrl(name), Arn = QueueArn(name), CreatedAt = _scheduler.Now,
            LastModifiedAt = _scheduler.Now, Settings = settings,
        };
        _byName.Add(name, queue);
        _byUrl.Add(queue.Url, queue);
        return new JsonObject { ["QueueUrl"] = queue.Url };
    }

    private JsonObject GetQueueUrl(JsonObject request) =>
        _byName.TryGetValue(request["QueueName"]!.GetValue<string>(), out var queue)
            ? new JsonObject { ["QueueUrl"] = queue.Url }
            : throw SqsErrors.QueueDoesNotExist(_requestId);

    /// <summary>DeleteQueue: the queue and its messages go at once (AWS allows up to 60 s); the name is reusable after 60 s.</summary>
    private JsonObject DeleteQueue(JsonObject request)
    {
        var queue = Queue(request);
        foreach (var message in queue.Messages)
        {
            _log.Purged(queue.Name, message.MessageId, _scheduler.Now);
        }

        queue.Messages.Clear();
        queue.Deleted = true;
        _byName.Remove(queue.Name);
        _byUrl.Remove(queue.Url);
        _deletedAt[queue.Name] = _scheduler.Now;
        foreach (var waiter in queue.Waiters.ToList())
        {
            FinishWaiter(waiter, new JsonObject());
        }

        return [];
    }

    private JsonObject ListQueues(JsonObject request)
    {
        var prefix = request["QueueNamePrefix"]?.GetValue<string>() ?? string.Empty;
        var max = IntOf(request["MaxResults"]) ?? 1000;
        var urls = _byName.Values.Where(q => q.Name.StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(q => q.Name, StringComparer.Ordinal).Take(Math.Clamp(max, 1, 1000)).Select(q => (JsonNode)q.Url).ToArray();
        return urls.Length == 0 ? [] : new JsonObject { ["QueueUrls"] = new JsonArray(urls) };
    }

    /// <summary>GetQueueAttributes: the requested names ("All" for every one); no names → no Attributes.</summary>
    private JsonObject GetQueueAttributes(JsonObject request)
    {
        var queue = Queue(request);
        var names = request["AttributeNames"]?.AsArray().Select(n => n!.GetValue<string>()).ToHashSet(StringComparer.Ordinal) ?? [];
        var all = QueueAttributes(queue);
        var chosen = new JsonObject();
        foreach (var (key, value) in all)
        {
            if (names.Contains("All") || names.Contains(key))
            {
                chosen[key] = value;
            }
        }

        return chosen.Count == 0 ? [] : new JsonObject { ["Attributes"] = chosen };
    }

    private JsonObject SetQueueAttributes(JsonObject request)
    {
        var queue = Queue(request);
        var attributes = request["Attributes"]!.AsObject();
        if (attributes.ContainsKey("FifoQueue"))
        {
            throw SqsErrors.InvalidAttributeName("FifoQueue", _requestId);
        }

        var settings = queue.Settings.With(attributes, creating: false, _requestId);
        CheckDeadLetterTarget(settings);
        queue.Settings = settings;
        queue.LastModifiedAt = _scheduler.Now;
        return [];
    }

    /// <summary>PurgeQueue: deletes every message; once per 60 s per queue (PurgeQueueInProgress otherwise).</summary>
    private JsonObject PurgeQueue(JsonObject request)
    {
        var queue = Queue(request);
        if (queue.LastPurgeAt is { } last && _scheduler.Now - last < TimeSpan.FromSeconds(60))
        {
            throw SqsErrors.PurgeQueueInProgress(queue.Arn, _requestId);
        }

        queue.LastPurgeAt = _scheduler.Now;
        foreach (var message in queue.Messages)
        {
            _log.Purged(queue.Name, message.MessageId, _scheduler.Now);
        }

        queue.Messages.Clear();
        return [];
    }

    private Dictionary<string, string> QueueAttributes(SqsQueue queue)
    {
        var now = _scheduler.Now;
        var s = queue.Settings;
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["QueueArn"] = queue.Arn,
            ["ApproximateNumberOfMessages"] = Text(queue.CountVisible(now)),
            ["ApproximateNumberOfMessagesNotVisible"] = Text(queue.CountInFlight(now)),
            ["ApproximateNumberOfMessagesDelayed"] = Text(queue.CountDelayed(now)),
            ["CreatedTimestamp"] = Text(queue.CreatedAt.ToUnixTimeSeconds()),
            ["LastModifiedTimestamp"] = Text(queue.LastModifiedAt.ToUnixTimeSeconds()),
            ["VisibilityTimeout"] = Text(s.VisibilityTimeout),
            ["MaximumMessageSize"] = Text(s.MaximumMessageSize),
            ["MessageRetentionPeriod"] = Text(s.MessageRetentionPeriod),
            ["DelaySeconds"] = Text(s.DelaySeconds),
            ["ReceiveMessageWaitTimeSeconds"] = Text(s.ReceiveMessageWaitTimeSeconds),
            ["SqsManagedSseEnabled"] = "true",
        };
        if (s.Redrive is { } redrive)
        {
            attributes["RedrivePolicy"] = new JsonObject { ["deadLetterTargetArn"] = redrive.DeadLetterTargetArn, ["maxReceiveCount"] = redrive.MaxReceiveCount }.ToJsonString();
        }

        if (s.Fifo)
        {
            attributes["FifoQueue"] = "true";
            attributes["ContentBasedDeduplication"] = s.ContentBasedDeduplication ? "true" : "false";
            attributes["DeduplicationScope"] = "queue";
            attributes["FifoThroughputLimit"] = "perQueue";
        }

        foreach (var (key, value) in s.Given.Where(g => !attributes.ContainsKey(g.Key) && g.Key != "RedrivePolicy"))
        {
            attributes[key] = value;
        }

        return attributes;
    }

    /// <summary>A redrive target must exist and be of the same type (FIFO ↔ FIFO), as CreateQueue checks.</summary>
    private void CheckDeadLetterTarget(SqsQueueSettings settings)
    {
        if (settings.Redrive is not { } redrive)
        {
            return;
        }

        var target = QueueByArn(redrive.DeadLetterTargetArn);
        if (target is null || target.Settings.Fifo != settings.Fifo)
        {
            throw SqsErrors.InvalidParameterValue("RedrivePolicy", redrive.DeadLetterTargetArn,
                target is null ? "Dead letter target does not exist." : "Dead-letter queue must be the same type of queue as the source queue.", _requestId);
        }
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("^[A-Za-z0-9_-]{1,80}$")]
    private static partial Regex QueueName();
}
