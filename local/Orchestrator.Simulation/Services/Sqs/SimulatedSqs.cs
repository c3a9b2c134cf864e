using System.Text.Json.Nodes;
using Orchestrator.Simulation.Models;
using Orchestrator.Simulation.Recording;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Services.Sqs;

/// <summary>
/// Simulated Amazon SQS on the virtual clock: standard and FIFO queues, visibility timeouts,
/// delays, retention, redrive to dead-letter queues, long polling, batches with per-entry failures,
/// per-minute CloudWatch metrics, and a <see cref="MessageLog"/> entry for every send, receive,
/// delete and dead-letter move.
/// </summary>
/// <remarks>
/// <para>Every request is first validated against the SQS API model (<see cref="ValidationErrors"/>);
/// answers use the model's member names. Ids (request, message, receipt handle) come from the one
/// <see cref="SeededRandom"/> in call order, so a seed replays a run exactly.</para>
/// <para>Long polling: <see cref="Invoke"/> never waits — a ReceiveMessage with WaitTimeSeconds answers
/// at once with what is visible. <see cref="InvokeAsync"/> waits on the virtual clock: its task
/// completes from a scheduler event when a message becomes available or when the wait ends (then
/// with <c>{}</c>, AWS's answer with no Messages). The Step Functions integration uses it.</para>
/// <para>Nothing runs on a timer except long-poll deadlines/wake-ups and the metric publisher, which
/// starts with the first traffic and stops after <see cref="SqsOptions.MetricsIdleMinutes"/> idle
/// minutes, so <see cref="Scheduler.Run(DateTimeOffset?)"/> finishes once queues are idle. Retention
/// expiry is applied lazily (each call and each metric tick) at the exact expiry time.</para>
/// </remarks>
public sealed partial class SimulatedSqs : IAsyncSimulatedService
{
    private readonly Scheduler _scheduler;
    private readonly SeededRandom _random;
    private readonly MessageLog _log;
    private readonly SqsOptions _options;
    private readonly SqsMetricsPublisher? _metrics;
    private readonly SeededRandom? _shortPollRandom;
    private readonly Dictionary<string, SqsQueue> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SqsQueue> _byUrl = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _deletedAt = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SqsReceipt> _receipts = new(StringComparer.Ordinal);
    private string _requestId = string.Empty;

    /// <summary>Creates an empty SQS. Metrics are published only when <paramref name="metrics"/> is given.</summary>
    public SimulatedSqs(Scheduler scheduler, SeededRandom random, MessageLog log, IMetricSink? metrics = null, SqsOptions? options = null)
    {
        _scheduler = scheduler;
        _random = random;
        _log = log;
        _options = options ?? new SqsOptions();
        _options.ShortPolling?.Checked();
        _shortPollRandom = _options.ShortPolling is null ? null : random.Fork(); // forked only when sampling, so other runs draw as before
        _metrics = metrics is null ? null : new SqsMetricsPublisher(scheduler, metrics, _options, () => _byName.Values, SweepAll);
    }

    /// <inheritdoc/>
    public string ServiceName => "sqs";

    /// <summary>The queue URL AWS gives a queue of this name in this account and region.</summary>
    public string QueueUrl(string queueName) => $"https://sqs.{_options.Region}.amazonaws.com/{_options.AccountId}/{queueName}";

    /// <summary>The queue ARN AWS gives a queue of this name in this account and region.</summary>
    public string QueueArn(string queueName) => $"arn:aws:sqs:{_options.Region}:{_options.AccountId}:{queueName}";

    /// <summary>Creates a queue for a scenario's setup, as CreateQueue does; answers its URL.</summary>
    /// <exception cref="AwsServiceException">A name or attribute SQS would reject.</exception>
    public string CreateQueue(string queueName, IReadOnlyDictionary<string, string>? attributes = null)
    {
        var request = new JsonObject { ["QueueName"] = queueName };
        if (attributes is { Count: > 0 })
        {
            request["Attributes"] = new JsonObject(attributes.Select(a => KeyValuePair.Create(a.Key, (JsonNode?)a.Value)));
        }

        return Invoke("CreateQueue", request)["QueueUrl"]!.GetValue<string>();
    }

    /// <inheritdoc/>
    public JsonNode Invoke(string operation, JsonObject request)
    {
        var name = Begin(operation, request);
        JsonNode response = name switch
        {
            "CreateQueue" => CreateQueue(request),
            "GetQueueUrl" => GetQueueUrl(request),
            "DeleteQueue" => DeleteQueue(request),
            "ListQueues" => ListQueues(request),
            "GetQueueAttributes" => GetQueueAttributes(request),
            "SetQueueAttributes" => SetQueueAttributes(request),
            "PurgeQueue" => PurgeQueue(request),
            "SendMessage" => SendMessage(request),
            "SendMessageBatch" => SendMessageBatch(request),
            "ReceiveMessage" => ReceiveNow(ParseReceive(request), countEmpty: true),
            "DeleteMessage" => DeleteMessage(request),
            "DeleteMessageBatch" => DeleteMessageBatch(request),
            "ChangeMessageVisibility" => ChangeMessageVisibility(request),
            "ChangeMessageVisibilityBatch" => ChangeMessageVisibilityBatch(request),
            _ => throw SqsErrors.UnsupportedOperation(name, _requestId),
        };
        _metrics?.Touch();
        return response;
    }

    /// <inheritdoc/>
    public Task<JsonNode> InvokeAsync(string operation, JsonObject request)
    {
        try
        {
            if (!string.Equals(operation, "ReceiveMessage", StringComparison.OrdinalIgnoreCase))
            {
                return Task.FromResult(Invoke(operation, request));
            }

            Begin(operation, request);
            var parameters = ParseReceive(request);
            _metrics?.Touch();
            return ReceiveOrWait(parameters);
        }
        catch (AwsServiceException e)
        {
            return Task.FromException<JsonNode>(e);
        }
    }

    /// <summary>Drops every message past its queue's retention period now (also done before each call).</summary>
    public void SweepAll()
    {
        foreach (var queue in _byName.Values)
        {
            Sweep(queue);
        }
    }

    private string Begin(string operation, JsonObject request)
    {
        _requestId = AwsRequestIds.Next(_random);
        var model = ApiModel.Load("sqs");
        var name = model.FindOperation(operation) ?? throw SqsErrors.InvalidAction(operation, _requestId);
        var problems = RequestValidator.Check("sqs", name, WithoutSystemAttributeNames(name, request));
        if (problems.Count > 0)
        {
            var first = problems[0];
            throw name == "GetQueueAttributes" && first.Kind == ValidationProblemKind.Enum && first.Path.StartsWith("AttributeNames", StringComparison.Ordinal)
                ? SqsErrors.InvalidAttributeName(request["AttributeNames"]!.AsArray().First(a => !IsQueueAttributeName(a))!.GetValue<string>(), _requestId)
                : ValidationErrors.ToException("sqs", first, _requestId);
        }

        SweepAll();
        return name;
    }

    /// <summary>
    /// ReceiveMessage's deprecated AttributeNames is typed QueueAttributeName in the model, yet SQS takes
    /// message system attribute names there (ApproximateReceiveCount…), as it did before
    /// MessageSystemAttributeNames existed. When every name is one of those, it is left out of validation.
    /// </summary>
    private static JsonObject WithoutSystemAttributeNames(string operation, JsonObject request)
    {
        if (operation != "ReceiveMessage" || request["AttributeNames"] is not JsonArray names)
        {
            return request;
        }

        var system = ApiModel.Load("sqs").Shape("MessageSystemAttributeName")!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        if (!names.All(n => n is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String && (system.Contains(v.GetValue<string>()) || IsQueueAttributeName(v))))
        {
            return request;
        }

        var copy = request.DeepClone().AsObject();
        copy.Remove("AttributeNames");
        return copy;
    }

    private static bool IsQueueAttributeName(JsonNode? node) =>
        ApiModel.Load("sqs").Shape("QueueAttributeName")!["enum"]!.AsArray().Any(v => v!.GetValue<string>() == node?.GetValue<string>());

    private SqsQueue Queue(JsonObject request)
    {
        var url = request["QueueUrl"]!.GetValue<string>();
        return _byUrl.TryGetValue(url, out var queue) ? queue : throw SqsErrors.QueueDoesNotExist(_requestId);
    }

    private SqsQueue? QueueByArn(string arn) => _byName.Values.FirstOrDefault(q => q.Arn == arn);

    /// <summary>An integer member's value (the validator has checked it is an integer).</summary>
    private static int? IntOf(JsonNode? node) =>
        node is null ? null : (int)decimal.Parse(node.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);

    private string NewId() => AwsRequestIds.Next(_random);

    private string NewReceiptHandle()
    {
        // Opaque, base64 like AWS's ("AQEB…"); 96 random bytes give the usual length.
        var bytes = new byte[96];
        for (var i = 0; i < bytes.Length; i += 8)
        {
            BitConverter.TryWriteBytes(bytes.AsSpan(i), _random.NextUInt64());
        }

        return "AQEB" + Convert.ToBase64String(bytes);
    }

    private void Sweep(SqsQueue queue)
    {
        var now = _scheduler.Now;
        var retention = TimeSpan.FromSeconds(queue.Settings.MessageRetentionPeriod);
        if (queue.OldestEnqueuedAt is not { } oldest || oldest + retention > now)
        {
            PruneDeduplication(queue, now);
            return; // nothing can have expired: skip the scan
        }

        queue.Messages.RemoveAll(m =>
        {
            var expiry = m.EnqueuedAt + retention;
            if (expiry > now)
            {
                return false;
            }

            _log.Expired(queue.Name, m.MessageId, expiry);
            return true;
        });
        queue.RecomputeOldest();
        PruneDeduplication(queue, now);
    }

    private static void PruneDeduplication(SqsQueue queue, DateTimeOffset now)
    {
        if (queue.Deduplication.Count == 0)
        {
            return;
        }

        foreach (var stale in queue.Deduplication.Where(d => d.Value.At + TimeSpan.FromMinutes(5) <= now).Select(d => d.Key).ToList())
        {
            queue.Deduplication.Remove(stale);
        }
    }
}
