using System.Text.Json.Nodes;

namespace Orchestrator.States.Integrations;

/// <summary>The engine side of a <see cref="TaskInvocation"/>.</summary>
internal interface ITaskListener
{
    void OnSucceeded(TaskInvocation invocation, JsonNode? output);

    void OnFailed(TaskInvocation invocation, string error, string? cause);

    void OnSubmitted(TaskInvocation invocation, JsonNode? response);

    void OnHeartbeat(TaskInvocation invocation);
}
