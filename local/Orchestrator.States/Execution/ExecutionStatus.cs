namespace Orchestrator.States.Execution;

/// <summary>An execution's status (AWS ExecutionStatus without PENDING_REDRIVE, which needs redrive).
/// Print with <see cref="ExecutionStatusNames.ToAwsName"/>: RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED.</summary>
public enum ExecutionStatus
{
    Running,
    Succeeded,
    Failed,
    TimedOut,
    Aborted,
}
