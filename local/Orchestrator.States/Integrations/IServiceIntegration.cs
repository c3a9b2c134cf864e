namespace Orchestrator.States.Integrations;

/// <summary>
/// A service a Task state can call: a simulated one (ECS, SQS… in Orchestrator.Simulation) or a
/// local Lambda handler. The engine picks the first registered integration whose
/// <see cref="CanInvoke"/> accepts the state's resource.
/// </summary>
/// <remarks>
/// <para>Request-response: call <see cref="TaskInvocation.Succeed"/> or
/// <see cref="TaskInvocation.Fail"/> at once, or later from an event scheduled on
/// <see cref="TaskInvocation.Scheduler"/> (virtual latency).</para>
/// <para><c>.sync</c>: optionally call <see cref="TaskInvocation.Submitted"/> when the job is
/// started, then Succeed/Fail when the simulated resource finishes.</para>
/// <para><c>.waitForTaskToken</c>: make the request (e.g. send the SQS message carrying
/// <see cref="TaskInvocation.TaskToken"/>) and answer it with Succeed; the state then waits for
/// <c>SendTaskSuccess</c>/<c>SendTaskFailure</c> on the engine with that token.</para>
/// <para>Answers after <see cref="Cancel"/> or after a first answer are ignored. Throwing a
/// <see cref="StatesException"/> from <see cref="Invoke"/> fails the task with its error.</para>
/// </remarks>
public interface IServiceIntegration
{
    /// <summary>True when this integration answers <paramref name="resource"/>.</summary>
    bool CanInvoke(ResourceArn resource);

    /// <summary>Starts one call of a Task state (each retry is a new invocation).</summary>
    void Invoke(TaskInvocation invocation);

    /// <summary>The engine gave up on <paramref name="invocation"/>: stop its work.</summary>
    void Cancel(TaskInvocation invocation, TaskCancellationReason reason);
}
