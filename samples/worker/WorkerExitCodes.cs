namespace Orchestrator.SampleWorker;

/// <summary>The worker's exit codes, and what the drain does with each batch (docs/CONTAINER.md).</summary>
public static class WorkerExitCodes
{
    /// <summary>Processed. With a result object written: the listed messages come back, the rest are
    /// deleted; without one: every message is deleted.</summary>
    public const int Done = 0;

    /// <summary>The batch could not be read, a message failed and no result URI was given, or the
    /// result could not be written: the whole batch comes back.</summary>
    public const int Failed = 1;

    /// <summary>Stopped by SIGTERM (128 + 15, as a shell reports it): the whole batch comes back.</summary>
    public const int Terminated = 143;
}
