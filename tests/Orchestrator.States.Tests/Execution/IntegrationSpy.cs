using Orchestrator.States.Integrations;

namespace Orchestrator.States.Tests.Execution;

/// <summary>An integration that records calls and cancellations and answers with a given action.</summary>
internal sealed class IntegrationSpy(Action<TaskInvocation> answer, Func<ResourceArn, bool>? accepts = null) : IServiceIntegration
{
    public List<TaskInvocation> Invocations { get; } = [];

    public List<(TaskInvocation Invocation, TaskCancellationReason Reason)> Cancellations { get; } = [];

    public bool CanInvoke(ResourceArn resource) => accepts?.Invoke(resource) ?? true;

    public void Invoke(TaskInvocation invocation)
    {
        Invocations.Add(invocation);
        answer(invocation);
    }

    public void Cancel(TaskInvocation invocation, TaskCancellationReason reason) => Cancellations.Add((invocation, reason));
}
