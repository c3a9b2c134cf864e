using System.Text.Json.Nodes;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Services.EventBridge.Pipes;

/// <summary>
/// One running pipe from an SQS queue to a target: polls the queue on the virtual clock, batches up to
/// BatchSize messages (waiting at most MaximumBatchingWindowInSeconds after the first one), invokes the
/// target with the array of records, and deletes the batch once the invocation has started.
/// </summary>
/// <remarks>
/// <para>AWS ("Amazon SQS as a source"): "When your pipe successfully processes a batch, EventBridge
/// deletes its messages from the queue." For an asynchronous target such as a Standard state machine
/// (InvocationType FIRE_AND_FORGET) success is the accepted StartExecution, so the messages are
/// deleted right after it, whatever the execution later does. When the target throws, nothing is
/// deleted and the messages come back after the queue's visibility timeout.</para>
/// <para>Polling: while messages keep coming the pipe receives again at once (10 per receive); after
/// an empty receive it waits <see cref="PipesOptions.PollInterval"/>. No poll is scheduled at or after
/// <see cref="PipesOptions.StopPollingAt"/>.</para>
/// </remarks>
internal sealed class SqsPipe
{
    private readonly Scheduler _scheduler;
    private readonly ISimulatedService _sqs;
    private readonly EventTargetRegistry _targets;
    private readonly PipesOptions _options;
    private readonly string _queueUrl;
    private readonly List<JsonObject> _buffer = [];
    private DateTimeOffset? _firstBufferedAt;
    private ScheduledEvent? _next;

    public SqsPipe(string arn, string queueArn, string targetArn, int batchSize, TimeSpan window,
        Scheduler scheduler, ISimulatedService sqs, EventTargetRegistry targets, PipesOptions options, List<EventDelivery> deliveries)
    {
        Arn = arn;
        QueueArn = queueArn;
        TargetArn = targetArn;
        BatchSize = batchSize;
        Window = window;
        _scheduler = scheduler;
        _sqs = sqs;
        _targets = targets;
        _options = options;
        Deliveries = deliveries;
        _queueUrl = EventTargetRegistry.QueueUrl(queueArn);
    }

    public string Arn { get; }

    public string QueueArn { get; }

    public string TargetArn { get; }

    public int BatchSize { get; }

    public TimeSpan Window { get; }

    public List<EventDelivery> Deliveries { get; }

    public bool Running => _next is not null;

    public void Start() => ScheduleAt(_scheduler.Now);

    public void Stop()
    {
        _next?.Cancel();
        _next = null;
    }

    private void ScheduleAt(DateTimeOffset at)
    {
        _next = _options.StopPollingAt is { } horizon && at >= horizon ? null : _scheduler.ScheduleAt(at, Poll);
    }

    private void Poll()
    {
        var received = 0;
        while (_buffer.Count < BatchSize)
        {
            var answer = _sqs.Invoke("ReceiveMessage", new JsonObject
            {
                ["QueueUrl"] = _queueUrl,
                ["MaxNumberOfMessages"] = Math.Min(10, BatchSize - _buffer.Count),
                ["MessageSystemAttributeNames"] = new JsonArray("All"),
                ["MessageAttributeNames"] = new JsonArray("All"),
            });
            var messages = answer["Messages"]?.AsArray() ?? [];
            if (messages.Count == 0)
            {
                break;
            }

            _firstBufferedAt ??= _scheduler.Now;
            received += messages.Count;
            _buffer.AddRange(messages.Select(m => SqsRecords.From(m!.AsObject(), QueueArn, _options.Region)));
        }

        var windowEnd = _firstBufferedAt + Window;
        if (_buffer.Count >= BatchSize || (_buffer.Count > 0 && _scheduler.Now >= windowEnd))
        {
            Invoke();
        }

        var next = received > 0 && _buffer.Count == 0 ? _scheduler.Now
            : _buffer.Count > 0 && windowEnd < _scheduler.Now + _options.PollInterval ? windowEnd!.Value
            : _scheduler.Now + _options.PollInterval;
        ScheduleAt(next);
    }

    private void Invoke()
    {
        var batch = _buffer.ToList();
        _buffer.Clear();
        _firstBufferedAt = null;
        var invocation = new EventTargetInvocation(TargetArn, new JsonArray([.. batch]).ToJsonString(), Arn, null);
        string? error = null;
        try
        {
            (_targets.Resolve(TargetArn) ?? throw new AwsServiceException("pipes", "NotFoundException", 404, $"No target is registered for {TargetArn}."))(invocation);
            Delete(batch);
        }
        catch (AwsServiceException e)
        {
            error = $"{e.Code}: {e.Message}";
        }

        Deliveries.Add(new EventDelivery(_scheduler.Now, Arn, "target", invocation, error));
    }

    private void Delete(List<JsonObject> batch)
    {
        foreach (var chunk in batch.Chunk(10))
        {
            _sqs.Invoke("DeleteMessageBatch", new JsonObject
            {
                ["QueueUrl"] = _queueUrl,
                ["Entries"] = new JsonArray([.. chunk.Select((r, i) => new JsonObject { ["Id"] = $"m{i}", ["ReceiptHandle"] = r["receiptHandle"]!.DeepClone() })]),
            });
        }
    }
}
