namespace Orchestrator.Core.QueueDrain;

/// <summary>How a batch's task ended, as read from the stopped task or the RunTask error.</summary>
public enum Outcome
{
    /// <summary>Every essential container exited 0 and the task was not interrupted: delete the batch.</summary>
    Succeeded,

    /// <summary>An essential container exited non-zero: return the batch with backoff.</summary>
    TaskFailed,

    /// <summary>Spot reclaimed the capacity (StopCode SpotInterruption or TerminationNotice): requeue at once.</summary>
    Interrupted,

    /// <summary>The task never ran (TaskFailedToStart, RunTask Failures, an unexpected error): return with backoff.</summary>
    StartFailed,

    /// <summary>The state's TimeoutSeconds passed; Step Functions stopped the task: return with backoff.</summary>
    TimedOut,

    /// <summary>RunTask was refused (capacity unavailable, throttling): retry, falling back to on-demand.</summary>
    CapacityUnavailable,
}
