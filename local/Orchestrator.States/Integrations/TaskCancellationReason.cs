namespace Orchestrator.States.Integrations;

/// <summary>Why the engine no longer wants a task's answer; an integration should stop the work it
/// started (ECS stops the task, as Step Functions does).</summary>
public enum TaskCancellationReason
{
    /// <summary>The state's TimeoutSeconds elapsed (States.Timeout).</summary>
    Timeout,

    /// <summary>No heartbeat within HeartbeatSeconds (States.HeartbeatTimeout).</summary>
    HeartbeatTimeout,

    /// <summary>The execution was stopped, timed out or failed elsewhere.</summary>
    ExecutionStopped,

    /// <summary>A sibling Parallel branch or Map iteration failed, so this one is abandoned.</summary>
    BranchAborted,
}
