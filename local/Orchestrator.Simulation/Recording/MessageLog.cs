namespace Orchestrator.Simulation.Recording;

/// <summary>
/// The life of every message in a run: sent, each receive, tasks that processed it, deleted,
/// dead-lettered or dropped. SQS and the ECS workload model write it; tests query it to prove
/// that nothing was lost and nothing was deleted before its task succeeded.
/// </summary>
/// <remarks>
/// Message ids are unique across queues (AWS keeps a message's id when redrive moves it to a
/// dead-letter queue), so one record follows a message across queues. Task events for an id the
/// log never saw sent are kept (record with <see cref="MessageRecord.SentAt"/> null) rather than
/// thrown, so a workload bug shows up in <see cref="NeverSent"/> instead of crashing a run.
/// </remarks>
public sealed class MessageLog
{
    private readonly Dictionary<string, MessageRecord> _byId = new(StringComparer.Ordinal);
    private readonly List<MessageRecord> _inOrder = [];
    private readonly List<MessageEvent> _events = [];

    /// <summary>Every event in the order it happened.</summary>
    public IReadOnlyList<MessageEvent> Events => _events;

    /// <summary>Every message, in the order first seen.</summary>
    public IReadOnlyList<MessageRecord> Messages => _inOrder;

    /// <summary>The record of <paramref name="messageId"/>, or null.</summary>
    public MessageRecord? Find(string messageId) => _byId.GetValueOrDefault(messageId);

    /// <summary>SQS accepted a message.</summary>
    public void Sent(string queueName, string messageId, DateTimeOffset time)
    {
        var record = new MessageRecord(messageId, queueName, time);
        if (!_byId.TryAdd(messageId, record))
        {
            throw new InvalidOperationException($"Message id '{messageId}' was already sent.");
        }

        _inOrder.Add(record);
        _events.Add(new MessageEvent(time, MessageEventKind.Sent, messageId, queueName));
    }

    /// <summary>A receive returned the message with <paramref name="receiptHandle"/>.</summary>
    public void Received(string queueName, string messageId, int receiveCount, string receiptHandle, DateTimeOffset time)
    {
        Get(messageId, queueName).AddReceive(new MessageReceive(time, receiveCount, receiptHandle, queueName));
        _events.Add(new MessageEvent(time, MessageEventKind.Received, messageId, queueName, receiveCount, receiptHandle));
    }

    /// <summary>The message was made visible again before its timeout ran out.</summary>
    public void Returned(string queueName, string messageId, DateTimeOffset time) =>
        Add(new MessageEvent(time, MessageEventKind.Returned, messageId, queueName), _ => { });

    /// <summary>The message was deleted.</summary>
    public void Deleted(string queueName, string messageId, DateTimeOffset time) =>
        Add(new MessageEvent(time, MessageEventKind.Deleted, messageId, queueName), r => r.DeletedAt = time);

    /// <summary>Redrive moved the message from <paramref name="queueName"/> to <paramref name="deadLetterQueueName"/>.</summary>
    public void DeadLettered(string queueName, string messageId, string deadLetterQueueName, DateTimeOffset time) =>
        Add(new MessageEvent(time, MessageEventKind.DeadLettered, messageId, queueName, Detail: deadLetterQueueName), r =>
        {
            r.DeadLetteredAt = time;
            r.QueueName = deadLetterQueueName;
        });

    /// <summary>The message outlived the queue's retention period and was dropped.</summary>
    public void Expired(string queueName, string messageId, DateTimeOffset time) =>
        Add(new MessageEvent(time, MessageEventKind.Expired, messageId, queueName), r => r.DroppedAt = time);

    /// <summary>PurgeQueue removed the message.</summary>
    public void Purged(string queueName, string messageId, DateTimeOffset time) =>
        Add(new MessageEvent(time, MessageEventKind.Purged, messageId, queueName), r => r.DroppedAt = time);

    /// <summary>A workload task started processing the message.</summary>
    public void TaskStarted(string messageId, string taskArn, DateTimeOffset time)
    {
        var record = Get(messageId, null);
        record.StartTask(taskArn, time);
        _events.Add(new MessageEvent(time, MessageEventKind.TaskStarted, messageId, record.QueueName, Detail: taskArn));
    }

    /// <summary>A workload task finished processing the message.</summary>
    public void TaskFinished(string messageId, string taskArn, bool succeeded, DateTimeOffset time)
    {
        var record = Get(messageId, null);
        record.FinishTask(taskArn, succeeded, time);
        _events.Add(new MessageEvent(time, MessageEventKind.TaskFinished, messageId, record.QueueName, Detail: taskArn, Succeeded: succeeded));
    }

    /// <summary>Messages SQS dropped (retention expiry or purge) without any task having succeeded on them.</summary>
    public IReadOnlyList<MessageRecord> Lost() =>
        _inOrder.Where(r => r.DroppedAt is not null && r.SucceededAt is null).ToList();

    /// <summary>Messages deleted while no task had yet finished them successfully.</summary>
    public IReadOnlyList<MessageRecord> DeletedBeforeSuccess() =>
        _inOrder.Where(r => r.DeletedAt is { } deleted && (r.SucceededAt is not { } ok || ok > deleted)).ToList();

    /// <summary>Messages still held by SQS (in their queue or a dead-letter queue).</summary>
    public IReadOnlyList<MessageRecord> Outstanding() => _inOrder.Where(r => r.InQueue).ToList();

    /// <summary>Messages moved to a dead-letter queue.</summary>
    public IReadOnlyList<MessageRecord> DeadLetteredMessages() => _inOrder.Where(r => r.DeadLetteredAt is not null).ToList();

    /// <summary>Task events for message ids never sent: a workload bug.</summary>
    public IReadOnlyList<MessageRecord> NeverSent() => _inOrder.Where(r => r.SentAt is null).ToList();

    /// <summary>Send-to-delete time of each deleted message, in first-seen order.</summary>
    public IReadOnlyList<TimeSpan> SendToDeleteLatencies() =>
        _inOrder.Where(r => r.SentAt is not null && r.DeletedAt is not null).Select(r => r.DeletedAt!.Value - r.SentAt!.Value).ToList();

    /// <summary>Send-to-first-successful-task-finish time of each message a task succeeded on, in first-seen order.</summary>
    public IReadOnlyList<TimeSpan> SendToSuccessLatencies() =>
        _inOrder.Where(r => r.SentAt is not null && r.SucceededAt is not null).Select(r => r.SucceededAt!.Value - r.SentAt!.Value).ToList();

    /// <summary>Send-to-first-receive time of each received message, in first-seen order.</summary>
    public IReadOnlyList<TimeSpan> SendToFirstReceiveLatencies() =>
        _inOrder.Where(r => r.SentAt is not null && r.FirstReceivedAt is not null).Select(r => r.FirstReceivedAt!.Value - r.SentAt!.Value).ToList();

    private void Add(MessageEvent e, Action<MessageRecord> apply)
    {
        apply(Get(e.MessageId, e.QueueName));
        _events.Add(e);
    }

    private MessageRecord Get(string messageId, string? queueName)
    {
        if (_byId.TryGetValue(messageId, out var record))
        {
            return record;
        }

        record = new MessageRecord(messageId, queueName ?? string.Empty, null);
        _byId.Add(messageId, record);
        _inOrder.Add(record);
        return record;
    }
}
