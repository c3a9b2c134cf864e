namespace Orchestrator.SampleWorker;

/// <summary>The work itself, one message at a time. Replace <see cref="SampleHandler"/> with yours.</summary>
public interface IMessageHandler
{
    /// <summary>Processes one message; null when it succeeded, else why it failed. Must be
    /// idempotent: SQS delivers at least once, and a batch that comes back runs again whole.
    /// Should stop promptly when <paramref name="cancellationToken"/> fires (SIGTERM).</summary>
    Task<string?> HandleAsync(BatchItem message, CancellationToken cancellationToken);
}
