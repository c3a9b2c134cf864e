namespace Orchestrator.Simulation.Recording;

/// <summary>What happened to a message, as recorded in a <see cref="MessageLog"/>.</summary>
public enum MessageEventKind
{
    /// <summary>SendMessage / SendMessageBatch accepted it.</summary>
    Sent,

    /// <summary>A ReceiveMessage returned it (with a new receipt handle).</summary>
    Received,

    /// <summary>ChangeMessageVisibility made it visible again earlier than its timeout (e.g. returned with backoff).</summary>
    Returned,

    /// <summary>DeleteMessage / DeleteMessageBatch removed it.</summary>
    Deleted,

    /// <summary>Redrive moved it to the dead-letter queue (maxReceiveCount exceeded).</summary>
    DeadLettered,

    /// <summary>It reached the queue's MessageRetentionPeriod and SQS dropped it.</summary>
    Expired,

    /// <summary>PurgeQueue removed it.</summary>
    Purged,

    /// <summary>A workload task started processing it.</summary>
    TaskStarted,

    /// <summary>A workload task finished processing it (succeeded or failed).</summary>
    TaskFinished,
}
