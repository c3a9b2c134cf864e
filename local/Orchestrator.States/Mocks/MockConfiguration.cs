using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orchestrator.States.Mocks;

/// <summary>
/// A mock configuration in the AWS Step Functions Local format:
/// <c>{"StateMachines": {name: {"TestCases": {case: {state: responseName}}}}, "MockedResponses": {responseName: {…}}}</c>.
/// A test case maps Task state names to mocked responses; states it does not name call their
/// integration as usual.
/// </summary>
public sealed class MockConfiguration
{
    private readonly Dictionary<string, Dictionary<string, Dictionary<string, MockedResponse>>> _machines;
    private readonly IReadOnlyDictionary<string, MockedResponse>? _anyMachine;

    private MockConfiguration(Dictionary<string, Dictionary<string, Dictionary<string, MockedResponse>>> machines,
        IReadOnlyDictionary<string, MockedResponse>? anyMachine)
    {
        _machines = machines;
        _anyMachine = anyMachine;
    }

    /// <summary>The state machine names the configuration describes.</summary>
    public IReadOnlyCollection<string> StateMachineNames => _machines.Keys;

    /// <summary>The test case names of one state machine, or null when the configuration does not
    /// describe it.</summary>
    public IReadOnlyCollection<string>? TestCaseNames(string stateMachineName) =>
        _machines.TryGetValue(stateMachineName, out var cases) ? cases.Keys : null;

    /// <summary>Parses the configuration text.</summary>
    /// <exception cref="FormatException">Malformed JSON or structure; the message names the JSON path.</exception>
    public static MockConfiguration Parse(string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            throw new FormatException($"$: malformed JSON: {e.Message}", e);
        }

        if (root is not JsonObject obj || obj["StateMachines"] is not JsonObject machines)
        {
            throw new FormatException("$.StateMachines: required, an object of state machines.");
        }

        var responses = new Dictionary<string, MockedResponse>(StringComparer.Ordinal);
        if (obj["MockedResponses"] is JsonObject responseObjects)
        {
            foreach (var (name, node) in responseObjects)
            {
                responses[name] = MockedResponse.Parse(node, $"$.MockedResponses['{name}']");
            }
        }
        else if (obj.ContainsKey("MockedResponses"))
        {
            throw new FormatException("$.MockedResponses: must be an object.");
        }

        var result = new Dictionary<string, Dictionary<string, Dictionary<string, MockedResponse>>>(StringComparer.Ordinal);
        foreach (var (machineName, machineNode) in machines)
        {
            var at = $"$.StateMachines['{machineName}']";
            if (machineNode?["TestCases"] is not JsonObject testCases)
            {
                throw new FormatException($"{at}.TestCases: required, an object of test cases.");
            }

            var cases = new Dictionary<string, Dictionary<string, MockedResponse>>(StringComparer.Ordinal);
            foreach (var (caseName, caseNode) in testCases)
            {
                var caseAt = $"{at}.TestCases['{caseName}']";
                if (caseNode is not JsonObject states)
                {
                    throw new FormatException($"{caseAt}: must be an object of state name -> mocked response name.");
                }

                var byState = new Dictionary<string, MockedResponse>(StringComparer.Ordinal);
                foreach (var (stateName, responseName) in states)
                {
                    if (responseName is not JsonValue v || !v.TryGetValue(out string? name) || !responses.TryGetValue(name, out var response))
                    {
                        throw new FormatException($"{caseAt}['{stateName}']: names a mocked response that MockedResponses does not define ({responseName?.ToJsonString() ?? "null"}).");
                    }

                    byState[stateName] = response;
                }

                cases[caseName] = byState;
            }

            result[machineName] = cases;
        }

        return new MockConfiguration(result, null);
    }

    /// <summary>A configuration that mocks the given states for any state machine and test case.</summary>
    /// <param name="mockedResponsesByState">State name → a MockedResponse object such as
    /// <c>{"0": {"Return": …}, "1-2": {"Throw": {"Error": …, "Cause": …}}}</c>.</param>
    /// <exception cref="FormatException">A response object is invalid.</exception>
    public static MockConfiguration ForStates(IReadOnlyDictionary<string, JsonNode> mockedResponsesByState)
    {
        var byState = mockedResponsesByState.ToDictionary(
            p => p.Key, p => MockedResponse.Parse(p.Value, $"['{p.Key}']"), StringComparer.Ordinal);
        return new MockConfiguration(new(StringComparer.Ordinal), byState);
    }

    /// <summary>The mocked responses by state for one state machine and test case.</summary>
    /// <exception cref="KeyNotFoundException">The state machine or test case is not in the configuration.</exception>
    public IReadOnlyDictionary<string, MockedResponse> Resolve(string stateMachineName, string? testCase)
    {
        if (_anyMachine is not null)
        {
            return _anyMachine;
        }

        if (!_machines.TryGetValue(stateMachineName, out var cases))
        {
            throw new KeyNotFoundException($"The mock configuration has no state machine '{stateMachineName}' (it has: {string.Join(", ", _machines.Keys)}).");
        }

        if (testCase is null || !cases.TryGetValue(testCase, out var states))
        {
            throw new KeyNotFoundException($"State machine '{stateMachineName}' has no test case '{testCase}' (it has: {string.Join(", ", cases.Keys)}).");
        }

        return states;
    }
}
