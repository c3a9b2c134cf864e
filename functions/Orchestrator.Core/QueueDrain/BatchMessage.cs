namespace Orchestrator.Core.QueueDrain;

/// <summary>One received message of a batch as the drain keeps it after the task is built: the
/// receipt handle to delete or return it and the receive count for backoff. The body travels only in
/// the task's overrides or manifest, so the state data stays small (Step Functions limits it to
/// 256 KiB).</summary>
public sealed record BatchMessage(string MessageId, string ReceiptHandle, int ReceiveCount);
