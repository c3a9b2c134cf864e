using System.Text.Json.Nodes;

namespace Orchestrator.States.Tests.Conformance.Recorded;

/// <summary>
/// One execution recorded against AWS Step Functions, read from
/// <c>../shared/aws-recorded/stepfunctions/cases/*.json</c> (format in that folder's README).
/// </summary>
/// <param name="Name">The case name (the file name without <c>.json</c>).</param>
/// <param name="Area">The test area the recording comes from (<c>assign</c>, <c>choice_operators</c>…).</param>
/// <param name="Definition">The definition that was started.</param>
/// <param name="Input">The execution input.</param>
/// <param name="Mocks">Mocked responses by state name, in the Step Functions Local form keyed by
/// invocation (<c>{"0": …, "1": …}</c>), converted from the case's list of answers.</param>
/// <param name="Expected">The recorded <c>expected</c> object: status, and where recorded output, error, cause.</param>
/// <param name="CompareFull">True for <c>compare: full</c> (output and cause must match too).</param>
/// <param name="Unsupported">The case's <c>unsupported</c> list (JSONata, Assign, DistributedMap…).</param>
public sealed record RecordedCase(
    string Name,
    string Area,
    JsonNode Definition,
    JsonNode? Input,
    IReadOnlyDictionary<string, JsonNode> Mocks,
    JsonObject Expected,
    bool CompareFull,
    IReadOnlyList<string> Unsupported)
{
    /// <summary>The test's name: area and case name, so tests group by area.</summary>
    public string Key => $"{Area}/{Name}";
}
