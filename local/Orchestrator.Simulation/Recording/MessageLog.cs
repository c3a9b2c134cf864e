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
/// <para>With <c>keepFinished</c> false (long scenario runs) the log keeps no events and forgets a
/// message once it is deleted or dropped: <see cref="Messages"/> then holds only the messages SQS
/// still holds, <see cref="Statistics"/> has the figures of all, and a task event for a message
/// already forgotten is ignored (counted in <see cref="IgnoredTaskEvents"/>), so memory follows the
/// queue's depth, not the run's length.</para>
/// </remarks>
public sealed class MessageLog(bool keepFinished = true)
{
    private readonly Dictionary<string, MessageRecord> _byId = new(StringComparer.Ordinal);
    private readonly List<MessageRecord> _inOrder = [];
    private readonly List<MessageEvent> _events = [];
    private readonly Dictionary<string, MessageStatistics> _statistics = new(StringComparer.Ordinal);

    /// <summary>False when finished messages and events are forgotten (see remarks).</summary>
    public bool KeepsFinished => keepFinished;

    /// <summary>Task events about messages already forgotten (only when <see cref="KeepsFinished"/> is false).</summary>
    public long IgnoredTaskEvents { get; private set; }

    /// <summary>The figures of the messages sent to <paramref name="queueName"/> (empty ones for a queue never sent to).</summary>
    public MessageStatistics Statistics(string queueName) => _statistics.GetValueOrDefault(queueName) ?? new MessageStatistics();

    /// <summary>Every event in the order it happened.</summary>
    public IReadOnlyList<MessageEvent> Events => _events;

    /// <summary>Every message, in the order first seen.</summary>
    public IReadOnlyCollection<MessageRecord> Messages => keepFinished ? _inOrder : _byId.Values;

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

        Keep(record);
        Stats(record).OnSent();
        Record(new MessageEvent(time, MessageEventKind.Sent, messageId, queueName));
    }

    /// <summary>A receive returned the message with <paramref name="receiptHandle"/>.</summary>
    public void Received(string queueName, string messageId, int receiveCount, string receiptHandle, DateTimeOffset time)
    {
        Get(messageId, queueName).AddReceive(new MessageReceive(time, receiveCount, receiptHandle, queueName));
        Record(new MessageEvent(time, MessageEventKind.Received, messageId, queueName, receiveCount, receiptHandle));
    }

    /// <summary>The message was made visible again before its timeout ran out.</summary>
    public void Returned(string queueName, string messageId, DateTimeOffset time) =>
        Add(new MessageEvent(time, MessageEventKind.Returned, messageId, queueName), _ => { });

    /// <summary>The message was deleted.</summary>
    public void Deleted(string queueName, string messageId, DateTimeOffset time) =>
        Add(new MessageEvent(time, MessageEventKind.Deleted, messageId, queueName), r =>
        {
            r.DeletedAt = time;
            Stats(r).OnDeleted(r, time);
            Forget(r);
        });

    /// <summary>Redrive moved the message from <paramref name="queueName"/> to <paramref name="deadLetterQueueName"/>.</summary>
    public void DeadLettered(string queueName, string messageId, string deadLetterQueueName, DateTimeOffset time) =>
        Add(new MessageEvent(time, MessageEventKind.DeadLettered, messageId, queueName, Detail: deadLetterQueueName), r =>
        {
            r.DeadLetteredAt = time;
            r.QueueName = deadLetterQueueName;
            Stats(r).OnDeadLettered(r);
        });

    /// <summary>The message outlived the queue's retention period and was dropped.</summary>
    public void Expired(string queueName, string messageId, DateTimeOffset time) =>
        Add(new MessageEvent(time, MessageEventKind.Expired, messageId, queueName), r => Drop(r, time));

    /// <summary>PurgeQueue removed the message.</summary>
    public void Purged(string queueName, string messageId, DateTimeOffset time) =>
        Add(new MessageEvent(time, MessageEventKind.Purged, messageId, queueName), r => Drop(r, time));

    /// <summary>A workload task started processing the message.</summary>
    public void TaskStarted(string messageId, string taskArn, DateTimeOffset time)
    {
        if (Known(messageId) is not { } record)
        {
            return;
        }

        if (record.Tasks.Count == 0 && record.SentAt is not null)
        {
            Stats(record).OnFirstTask(record, time);
        }

        record.StartTask(taskArn, time);
        Record(new MessageEvent(time, MessageEventKind.TaskStarted, messageId, record.QueueName, Detail: taskArn));
    }

    /// <summary>A workload task finished processing the message.</summary>
    public void TaskFinished(string messageId, string taskArn, bool succeeded, DateTimeOffset time)
    {
        if (Known(messageId) is not { } record)
        {
            return;
        }

        record.FinishTask(taskArn, succeeded, time);
        Record(new MessageEvent(time, MessageEventKind.TaskFinished, messageId, record.QueueName, Detail: taskArn, Succeeded: succeeded));
    }

    /// <summary>Messages SQS dropped (retention expiry or purge) without any task having succeeded on them.</summary>
    public IReadOnlyList<MessageRecord> Lost() =>
        Messages.Where(r => r.DroppedAt is not null && r.SucceededAt is null).ToList();

    /// <summary>Messages deleted while no task had yet finished them successfully.</summary>
    public IReadOnlyList<MessageRecord> DeletedBeforeSuccess() =>
        Messages.Where(r => r.DeletedAt is { } deleted && (r.SucceededAt is not { } ok || ok > deleted)).ToList();

    /// <summary>Messages still held by SQS (in their queue or a dead-letter queue).</summary>
    public IReadOnlyList<MessageRecord> Outstanding() => Messages.Where(r => r.InQueue).ToList();

    /// <summary>Messages moved to a dead-letter queue.</summary>
    public IReadOnlyList<MessageRecord> DeadLetteredMessages() => Messages.Where(r => r.DeadLetteredAt is not null).ToList();

    /// <summary>Task events for message ids never sent: a workload bug.</summary>
    public IReadOnlyList<MessageRecord> NeverSent() => Messages.Where(r => r.SentAt is null).ToList();

    /// <summary>Send-to-delete time of each deleted message, in first-seen order.</summary>
    public IReadOnlyList<TimeSpan> SendToDeleteLatencies() =>
        Messages.Where(r => r.SentAt is not null && r.DeletedAt is not null).Select(r => r.DeletedAt!.Value - r.SentAt!.Value).ToList();

    /// <summary>Send-to-first-successful-task-finish time of each message a task succeeded on, in first-seen order.</summary>
    public IReadOnlyList<TimeSpan> SendToSuccessLatencies() =>
        Messages.Where(r => r.SentAt is not null && r.SucceededAt is not null).Select(r => r.SucceededAt!.Value - r.SentAt!.Value).ToList();

    /// <summary>Send-to-first-receive time of each received message, in first-seen order.</summary>
    public IReadOnlyList<TimeSpan> SendToFirstReceiveLatencies() =>
        Messages.Where(r => r.SentAt is not null && r.FirstReceivedAt is not null).Select(r => r.FirstReceivedAt!.Value - r.SentAt!.Value).ToList();

    private void Add(MessageEvent e, Action<MessageRecord> apply)
    {
        apply(Get(e.MessageId, e.QueueName));
        Record(e);
    }

    private void Record(MessageEvent e)
    {
        if (keepFinished)
        {
            _events.Add(e);
        }
    }

    private void Keep(MessageRecord record)
    {
        if (keepFinished)
        {
            _inOrder.Add(record);
        }
    }

    private void Drop(MessageRecord record, DateTimeOffset time)
    {
        record.DroppedAt = time;
        Stats(record).OnDropped(record);
        Forget(record);
    }

    private void Forget(MessageRecord record)
    {
        if (!keepFinished)
        {
            _byId.Remove(record.MessageId);
        }
    }

    /// <summary>The record for a task event: created for an id never seen when the log keeps everything
    /// (a workload bug shows in <see cref="NeverSent"/>); otherwise the id may be a message already forgotten.</summary>
    private MessageRecord? Known(string messageId)
    {
        if (keepFinished || _byId.ContainsKey(messageId))
        {
            return Get(messageId, null);
        }

        IgnoredTaskEvents++;
        return null;
    }

    private MessageStatistics Stats(MessageRecord record)
    {
        if (!_statistics.TryGetValue(record.SentTo, out var stats))
        {
            stats = new MessageStatistics();
            _statistics.Add(record.SentTo, stats);
        }

        return stats;
    }

    private MessageRecord Get(string messageId, string? queueName)
    {
        if (_byId.TryGetValue(messageId, out var record))
        {
            return record;
        }

        record = new MessageRecord(messageId, queueName ?? string.Empty, null);
        _byId.Add(messageId, record);
        Keep(record);
        return record;
    }
}
