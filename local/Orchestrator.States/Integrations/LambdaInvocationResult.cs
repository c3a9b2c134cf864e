using System.Text.Json.Nodes;

namespace Orchestrator.States.Integrations;

/// <summary>How one Lambda invocation ended: the function's payload, or an error as Step Functions
/// reports it (the function's errorType and the runtime's error JSON, or a Lambda service error).</summary>
public sealed record LambdaInvocationResult(JsonNode? Payload, string? Error, string? Cause)
{
    /// <summary>True when the function answered.</summary>
    public bool Succeeded => Error is null;
}
