using System.Text.Json.Nodes;

namespace Orchestrator.States.Tests.Conformance;

/// <summary>
/// One conformance case read from <c>Conformance/Cases/*.json</c>: a definition, an input, optional
/// mocked Task responses, and what AWS documents (or was recorded) to happen. See docs/CONFORMANCE.md.
/// </summary>
/// <param name="Name">Unique kebab-case name; the test's display name.</param>
/// <param name="Source">Where the expectation comes from (URL + which example, or the rule cited).</param>
/// <param name="File">The case file, for messages.</param>
/// <param name="Definition">The state machine definition as JSON text (may be malformed on purpose).</param>
/// <param name="Input">Execution input; <c>{}</c> when the case gives none (as StartExecution does).</param>
/// <param name="Mocks">State name → Step Functions Local MockedResponse, or null.</param>
/// <param name="Options">Optional run options: executionName, stateMachineName, seed.</param>
/// <param name="Expected">The expectation.</param>
/// <param name="KnownFailure">When set, the engine is known to fail this case; the test is skipped with this reason.</param>
public sealed record ConformanceCase(
    string Name,
    string Source,
    string File,
    string Definition,
    JsonNode? Input,
    JsonObject? Mocks,
    JsonObject? Options,
    ConformanceExpectation Expected,
    string? KnownFailure)
{
    /// <inheritdoc/>
    public override string ToString() => Name;
}
