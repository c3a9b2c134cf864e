namespace Orchestrator.Core.QueueDrain;

/// <summary>The queue's approximate counts, as GetQueueAttributes answers them.</summary>
public sealed record QueueDepth(long Visible, long NotVisible, long Delayed)
{
    /// <summary>Messages that exist but cannot be received right now (in flight, backing off, delayed).</summary>
    public long Waiting => NotVisible + Delayed;

    /// <summary>True when the queue holds nothing at all.</summary>
    public bool IsEmpty => Visible == 0 && Waiting == 0;
}
