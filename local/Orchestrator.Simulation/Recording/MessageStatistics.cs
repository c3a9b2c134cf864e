namespace Orchestrator.Simulation.Recording;

/// <summary>
/// What happened to the messages sent to one queue, counted as it happens (a <see cref="MessageLog"/>
/// feeds it), so the figures of a run take the same memory whatever its length.
/// </summary>
public sealed class MessageStatistics
{
    private readonly SortedDictionary<int, long> _receives = [];

    /// <summary>Messages SQS accepted.</summary>
    public long Sent { get; private set; }

    /// <summary>Messages deleted (processed).</summary>
    public long Deleted { get; private set; }

    /// <summary>Messages deleted while no task had finished them successfully.</summary>
    public long DeletedBeforeSuccess { get; private set; }

    /// <summary>Messages redrive moved to a dead-letter queue.</summary>
    public long DeadLettered { get; private set; }

    /// <summary>Messages SQS dropped (retention, purge) without a task having succeeded on them.</summary>
    public long Lost { get; private set; }

    /// <summary>Send to the start of the first task that had the message.</summary>
    public LatencyHistogram EnqueueToStart { get; } = new();

    /// <summary>Send to delete.</summary>
    public LatencyHistogram EnqueueToDone { get; } = new();

    /// <summary>Receives per message that left the queue (deleted or dead-lettered).</summary>
    public int ReceivesPercentile(double p)
    {
        var total = _receives.Values.Sum();
        var rank = Math.Clamp((long)Math.Ceiling(p * total), 1, Math.Max(1, total));
        var seen = 0L;
        foreach (var (count, n) in _receives)
        {
            seen += n;
            if (seen >= rank)
            {
                return count;
            }
        }

        return 0;
    }

    /// <summary>The most receives a message that left the queue had.</summary>
    public int MaxReceives => _receives.Count == 0 ? 0 : _receives.Keys.Max();

    internal void OnSent() => Sent++;

    internal void OnFirstTask(MessageRecord record, DateTimeOffset time) => EnqueueToStart.Add(time - record.SentAt!.Value);

    internal void OnDeleted(MessageRecord record, DateTimeOffset time)
    {
        Deleted++;
        if (record.SucceededAt is not { } ok || ok > time)
        {
            DeletedBeforeSuccess++;
        }

        EnqueueToDone.Add(time - record.SentAt!.Value);
        Left(record);
    }

    internal void OnDeadLettered(MessageRecord record)
    {
        DeadLettered++;
        Left(record);
    }

    internal void OnDropped(MessageRecord record)
    {
        if (record.SucceededAt is null)
        {
            Lost++;
        }
    }

    private void Left(MessageRecord record) => _receives[record.Receives.Count] = _receives.GetValueOrDefault(record.Receives.Count) + 1;
}
