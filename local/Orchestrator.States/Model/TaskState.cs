using System.Text.Json.Nodes;
using Orchestrator.States.Integrations;
using Orchestrator.States.Paths;

namespace Orchestrator.States.Model;

/// <summary>A Task state: calls the resource named by <see cref="Resource"/>.</summary>
/// <remarks>TimeoutSeconds defaults to none (AWS: 99999999 s, effectively unlimited);
/// HeartbeatSeconds must be smaller than TimeoutSeconds.</remarks>
public sealed class TaskState : WorkState
{
    internal TaskState(string name, JsonObject source, ResourceArn resource)
        : base(name, source) => Resource = resource;

    /// <inheritdoc/>
    public override StateType Type => StateType.Task;

    /// <summary>The resource, parsed into service, action and integration pattern.</summary>
    public ResourceArn Resource { get; }

    /// <summary>TimeoutSeconds, or null.</summary>
    public int? TimeoutSeconds { get; internal init; }

    /// <summary>TimeoutSecondsPath, or null.</summary>
    public JsonPathExpression? TimeoutSecondsPath { get; internal init; }

    /// <summary>HeartbeatSeconds, or null.</summary>
    public int? HeartbeatSeconds { get; internal init; }

    /// <summary>HeartbeatSecondsPath, or null.</summary>
    public JsonPathExpression? HeartbeatSecondsPath { get; internal init; }
}
