namespace Orchestrator.Core.QueueDrain;

/// <summary>One received message of a batch: what the task needs (id, body) and what the drain
/// needs afterwards (receipt handle to delete or return it, receive count for backoff).</summary>
public sealed record BatchMessage(string MessageId, string ReceiptHandle, string Body, int ReceiveCount);
