namespace Orchestrator.Core.QueueDrain;

/// <summary>What started a drain, reduced to one command whatever the event's shape.</summary>
/// <param name="Source">alarm, sns, schedule or pipe.</param>
/// <param name="Start">False when the event asks for nothing (an alarm going back to OK).</param>
/// <param name="Reason">One line for the execution's output and the console.</param>
/// <param name="RequeueBatches">Work messages a Pipe handed over (and so deleted from the queue): they
/// are sent back, at most 10 per SendMessageBatch, before anything else runs.</param>
public sealed record DrainTrigger(
    string Source,
    bool Start,
    string Reason,
    IReadOnlyList<IReadOnlyList<RequeueEntry>> RequeueBatches);

/// <summary>One SendMessageBatch entry (the SQS model's member names).</summary>
public sealed record RequeueEntry(
    string Id,
    string MessageBody,
    string? MessageGroupId,
    string? MessageDeduplicationId);
