using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.Lambda;

/// <summary>The end of one invocation: the payload, or an error as Step Functions reports it.</summary>
/// <param name="Error">Null on success; the function's errorType (the exception's type name, as
/// the .NET runtime reports it) or a Lambda service error such as <c>Lambda.ServiceException</c>.</param>
/// <param name="Cause">For function errors, the runtime's error JSON {"errorMessage","errorType","stackTrace"}.</param>
public sealed record LambdaResult(JsonNode? Payload, string? Error, string? Cause, bool ColdStart)
{
    public bool Succeeded => Error is null;
}
