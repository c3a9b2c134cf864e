namespace Orchestrator.Simulation.Services.Sqs;

/// <summary>One simulated queue: its identity, settings, messages in queue order, FIFO deduplication window, long-poll waiters and per-minute counters.</summary>
internal sealed class SqsQueue
{
    public required string Name { get; init; }

    public required string Url { get; init; }

    public required string Arn { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset LastModifiedAt { get; set; }

    public required SqsQueueSettings Settings { get; set; }

    public bool Deleted { get; set; }

    public DateTimeOffset? LastPurgeAt { get; set; }

    /// <summary>Messages held, in sequence order (FIFO order for FIFO queues).</summary>
    public List<SqsMessage> Messages { get; } = [];

    /// <summary>FIFO: deduplication id → the message accepted with it and when (5-minute window).</summary>
    public Dictionary<string, (SqsMessage Message, DateTimeOffset At)> Deduplication { get; } = new(StringComparer.Ordinal);

    public List<LongPollWaiter> Waiters { get; } = [];

    /// <summary>The earliest EnqueuedAt among held messages (or earlier), so retention sweeps can skip a queue cheaply.</summary>
    public DateTimeOffset? OldestEnqueuedAt { get; private set; }

    /// <summary>Adds a message at the end of the queue order.</summary>
    public void Add(SqsMessage message)
    {
        Messages.Add(message);
        if (OldestEnqueuedAt is not { } oldest || message.EnqueuedAt < oldest)
        {
            OldestEnqueuedAt = message.EnqueuedAt;
        }
    }

    /// <summary>Recomputes <see cref="OldestEnqueuedAt"/> after messages were removed in bulk.</summary>
    public void RecomputeOldest() => OldestEnqueuedAt = Messages.Count == 0 ? null : Messages.Min(m => m.EnqueuedAt);

    public Orchestrator.States.Timing.ScheduledEvent? Wake { get; set; }

    public long NextSequence { get; set; }

    // Counters for the current one-minute metric period.
    public int SentInPeriod { get; set; }

    /// <summary>An action named the queue since the last metric tick.</summary>
    public bool CalledInPeriod { get; set; }

    /// <summary>The last metric tick that saw the queue active (messages, a waiting receive or any call).</summary>
    public DateTimeOffset MetricsActiveAt { get; set; }

    /// <summary>Inactive for longer than SQS publishes metrics for (<see cref="SqsOptions.MetricsIdleMinutes"/>).</summary>
    public bool MetricsAsleep { get; set; }

    /// <summary>After waking from sleep, metrics are published again from this time.</summary>
    public DateTimeOffset MetricsResumeAt { get; set; }

    public int ReceivedInPeriod { get; set; }

    public int DeletedInPeriod { get; set; }

    public int EmptyReceivesInPeriod { get; set; }

    public int CountVisible(DateTimeOffset now) => Messages.Count(m => m.IsVisible(now));

    public int CountInFlight(DateTimeOffset now) => Messages.Count(m => m.IsInFlight(now));

    public int CountDelayed(DateTimeOffset now) => Messages.Count(m => m.IsDelayed(now));
}
