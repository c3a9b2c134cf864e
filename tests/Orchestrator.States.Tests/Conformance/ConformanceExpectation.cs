using System.Text.Json.Nodes;

namespace Orchestrator.States.Tests.Conformance;

/// <summary>What a conformance case expects. Only the members a case sets are checked.</summary>
/// <param name="Status">SUCCEEDED, FAILED, TIMED_OUT or ABORTED; null for definition-error cases.</param>
/// <param name="HasOutput">True when the case gives <c>output</c> (which may be JSON null).</param>
/// <param name="Output">Expected execution output, compared structurally (numbers by value).</param>
/// <param name="OutputRegex">A regex the compact output JSON must match (for UUIDs, random numbers, timestamps).</param>
/// <param name="Error">Exact error name of a failed execution.</param>
/// <param name="Cause">Exact cause of a failed execution.</param>
/// <param name="CauseContains">A substring the cause must contain.</param>
/// <param name="ElapsedSeconds">Virtual StopDate − StartDate in seconds.</param>
/// <param name="HistoryTypes">The ordered list of history event types.</param>
/// <param name="DefinitionErrorPathContains">When set, parsing must fail with an error whose path contains this text.</param>
/// <param name="DefinitionErrorMessageContains">When set too, that same error's message must contain this text.</param>
public sealed record ConformanceExpectation(
    string? Status,
    bool HasOutput,
    JsonNode? Output,
    string? OutputRegex,
    string? Error,
    string? Cause,
    string? CauseContains,
    double? ElapsedSeconds,
    IReadOnlyList<string>? HistoryTypes,
    string? DefinitionErrorPathContains,
    string? DefinitionErrorMessageContains);
