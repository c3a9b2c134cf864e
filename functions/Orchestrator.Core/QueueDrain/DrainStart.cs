namespace Orchestrator.Core.QueueDrain;

/// <summary>Everything the queue drain needs after its first state.</summary>
/// <param name="ReceiveSizes">MaxNumberOfMessages of each receive of a batch: [10, 10, 5] for 25.</param>
public sealed record DrainStart(
    bool Start,
    string Reason,
    DrainSettings Settings,
    IReadOnlyList<IReadOnlyList<RequeueEntry>> RequeueBatches,
    DrainReport Report,
    IReadOnlyList<int> ReceiveSizes,
    long StartedAt,
    long LeaseExpiresAt);
