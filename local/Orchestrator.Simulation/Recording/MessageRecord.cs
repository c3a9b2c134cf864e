namespace Orchestrator.Simulation.Recording;

/// <summary>Everything a <see cref="MessageLog"/> knows about one message.</summary>
/// <remarks>A record created by a task event for a message id never sent has <see cref="SentAt"/> null.</remarks>
public sealed class MessageRecord
{
    private readonly List<MessageReceive> _receives = [];
    private readonly List<TaskRun> _tasks = [];

    internal MessageRecord(string messageId, string queueName, DateTimeOffset? sentAt)
    {
        MessageId = messageId;
        QueueName = queueName;
        SentTo = queueName;
        SentAt = sentAt;
    }

    /// <summary>The SQS message id.</summary>
    public string MessageId { get; }

    /// <summary>The queue it was sent to (its statistics are that queue's).</summary>
    public string SentTo { get; }

    /// <summary>The queue the message is in now (the dead-letter queue after redrive).</summary>
    public string QueueName { get; internal set; }

    /// <summary>When it was sent, or null when the log only heard of it from a task.</summary>
    public DateTimeOffset? SentAt { get; }

    /// <summary>Each receive in order.</summary>
    public IReadOnlyList<MessageReceive> Receives => _receives;

    /// <summary>Each task that processed it, in start order.</summary>
    public IReadOnlyList<TaskRun> Tasks => _tasks;

    /// <summary>When it was deleted, if it was.</summary>
    public DateTimeOffset? DeletedAt { get; internal set; }

    /// <summary>When redrive moved it to a dead-letter queue, if it did.</summary>
    public DateTimeOffset? DeadLetteredAt { get; internal set; }

    /// <summary>When it left SQS without being deleted (retention expiry or purge), if it did.</summary>
    public DateTimeOffset? DroppedAt { get; internal set; }

    /// <summary>When it was first received, if ever.</summary>
    public DateTimeOffset? FirstReceivedAt => _receives.Count > 0 ? _receives[0].Time : null;

    /// <summary>When the first task that processed it finished successfully, if one did.</summary>
    public DateTimeOffset? SucceededAt =>
        _tasks.Where(t => t.Succeeded == true).Select(t => t.FinishedAt).Min();

    /// <summary>True while it is still held by SQS (not deleted, not dropped).</summary>
    public bool InQueue => DeletedAt is null && DroppedAt is null && SentAt is not null;

    internal void AddReceive(MessageReceive receive) => _receives.Add(receive);

    internal void StartTask(string taskArn, DateTimeOffset time) => _tasks.Add(new TaskRun(taskArn, time));

    internal void FinishTask(string taskArn, bool succeeded, DateTimeOffset time)
    {
        var index = _tasks.FindLastIndex(t => t.TaskArn == taskArn && t.FinishedAt is null);
        if (index < 0)
        {
            _tasks.Add(new TaskRun(taskArn, time, time, succeeded));
            return;
        }

        _tasks[index] = _tasks[index] with { FinishedAt = time, Succeeded = succeeded };
    }
}
