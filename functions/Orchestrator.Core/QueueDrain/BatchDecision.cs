namespace Orchestrator.Core.QueueDrain;

/// <summary>What to do with a batch after its RunTask: the queue drain's Choice reads <see cref="Next"/>.</summary>
/// <param name="Outcome">The classified outcome, for the report.</param>
/// <param name="Next">delete, return (change visibility), or retry (RunTask again after
/// <see cref="WaitSeconds"/> on <see cref="Capacity"/>); the lane turns a delete that fits one call and
/// is followed by a fresh receive into delete-and-receive (<see cref="ForLane"/>).</param>
/// <param name="WaitSeconds">Before a retry: the wait. After a return: how long the lane waits before
/// its next task (<see cref="OutcomeClassifier.StopGraceSeconds"/> after a time-out, else 0).</param>
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
    public const string DeleteAndReceive = "delete-and-receive";
    public const string Return = "return";
    public const string Retry = "retry";

    /// <summary>Tasks the lane has run, this batch included once it is settled (not while RunTask is retried).</summary>
    public int Done { get; init; }

    /// <summary>The lane's next step and count: a successful batch whose deletes fit one
    /// DeleteMessageBatch call, with no held part after it, one receive per batch and budget left,
    /// is deleted and followed by the next receive at once (the lane's cheapest path).</summary>
    /// <param name="done">Tasks the lane ran before this batch.</param>
    /// <param name="heldParts">Parts of this receive still held.</param>
    /// <param name="batchesPerLane">The lane's batch budget.</param>
    /// <param name="settings">The drain's settings (receives per batch).</param>
    public BatchDecision ForLane(int done, int heldParts, int batchesPerLane, DrainSettings settings)
    {
        var count = Next == Retry ? done : done + 1;
        var fast = Next == Delete && DeleteChunks.Count == 1 && heldParts == 0 && settings.ReceivesPerBatch == 1 && count < batchesPerLane;
        return this with { Next = fast ? DeleteAndReceive : Next, Done = count };
    }
}

/// <summary>A DeleteMessageBatch entry (the SQS model's member names).</summary>
public sealed record DeleteEntry(string Id, string ReceiptHandle);

/// <summary>A ChangeMessageVisibilityBatch entry (the SQS model's member names).</summary>
public sealed record VisibilityEntry(string Id, string ReceiptHandle, int VisibilityTimeout);
