using System.Text.Json.Nodes;

namespace Orchestrator.States.Mocks;

/// <summary>One mocked answer: either <c>Return</c> (the whole task result) or <c>Throw</c>
/// (an error and cause).</summary>
public sealed record MockedResult(JsonNode? Return, string? Error, string? Cause)
{
    /// <summary>True for a <c>Throw</c>.</summary>
    public bool IsThrow => Error is not null;
}
