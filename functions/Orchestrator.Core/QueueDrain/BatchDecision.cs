namespace Orchestrator.Core.QueueDrain;

/// <summary>What to do with a batch after its RunTask: the queue drain's Choice reads <see cref="Next"/>.</summary>
/// <param name="Outcome">The classified outcome, for the report.</param>
/// <param name="Next">delete, return (change visibility), or retry (RunTask again after
/// <see cref="WaitSeconds"/> on <see cref="Capacity"/>).</param>
/// <param name="DeleteChunks">DeleteMessageBatch entries, at most 10 a chunk.</param>
/// <param name="ReturnChunks">ChangeMessageVisibilityBatch entries, at most 10 a chunk.</param>
/// <param name="Stats">The lane's statistics including this batch.</param>
public sealed record BatchDecision(
    Outcome Outcome,
    string Next,
    int WaitSeconds,
    CapacityChoice Capacity,
    IReadOnlyList<IReadOnlyList<DeleteEntry>> DeleteChunks,
    IReadOnlyList<IReadOnlyList<VisibilityEntry>> ReturnChunks,
    LaneStats Stats,
    string Reason)
{
    public const string Delete = "delete";
    public const string Return = "return";
    public const string Retry = "retry";
}

/// <summary>A DeleteMessageBatch entry (the SQS model's member names).</summary>
public sealed record DeleteEntry(string Id, string ReceiptHandle);

/// <summary>A ChangeMessageVisibilityBatch entry (the SQS model's member names).</summary>
public sealed record VisibilityEntry(string Id, string ReceiptHandle, int VisibilityTimeout);
