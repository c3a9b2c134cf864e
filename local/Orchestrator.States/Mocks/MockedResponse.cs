using System.Globalization;
using System.Text.Json.Nodes;

namespace Orchestrator.States.Mocks;

/// <summary>
/// A named mocked response of the Step Functions Local mock configuration: answers by invocation
/// number (0-based, counted per state across retries and Map iterations), keyed <c>"0"</c> or a
/// range <c>"1-2"</c>, each value <c>{"Return": …}</c> or <c>{"Throw": {"Error", "Cause"}}</c>.
/// </summary>
/// <remarks>Keys must cover 0…n without gaps or overlaps. An invocation past the last key has
/// no answer: the engine fails that Task (see docs/ENGINE.md), rather than guessing.</remarks>
public sealed class MockedResponse
{
    private readonly List<(int From, int To, MockedResult Result)> _ranges;

    private MockedResponse(List<(int, int, MockedResult)> ranges) => _ranges = ranges;

    /// <summary>How many invocations are answered.</summary>
    public int Count => _ranges.Count == 0 ? 0 : _ranges[^1].To + 1;

    /// <summary>The answer to invocation <paramref name="invocation"/> (0-based), or null past the end.</summary>
    public MockedResult? For(int invocation)
    {
        foreach (var (from, to, result) in _ranges)
        {
            if (invocation >= from && invocation <= to)
            {
                return result;
            }
        }

        return null;
    }

    /// <summary>Parses one mocked response object; <paramref name="path"/> names it in errors.</summary>
    /// <exception cref="FormatException">The object is not a valid mocked response.</exception>
    public static MockedResponse Parse(JsonNode? node, string path)
    {
        if (node is not JsonObject obj || obj.Count == 0)
        {
            throw new FormatException($"{path}: a mocked response must be a non-empty object keyed by invocation (\"0\", \"1-2\").");
        }

        var ranges = new List<(int, int, MockedResult)>();
        foreach (var (key, value) in obj)
        {
            var (from, to) = Range(key, path);
            ranges.Add((from, to, Result(value, $"{path}['{key}']")));
        }

        ranges.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        var expected = 0;
        foreach (var (from, to, _) in ranges)
        {
            if (from != expected)
            {
                throw new FormatException($"{path}: invocation keys must run from 0 without gaps or overlaps; expected {expected} next, found {from}.");
            }

            expected = to + 1;
        }

        return new MockedResponse(ranges);
    }

    private static (int From, int To) Range(string key, string path)
    {
        var parts = key.Split('-');
        if (parts.Length is 1 or 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var from)
            && int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var to)
            && from <= to)
        {
            return (from, to);
        }

        throw new FormatException($"{path}: '{key}' is not an invocation number or range such as \"0\" or \"1-2\".");
    }

    private static MockedResult Result(JsonNode? value, string path)
    {
        if (value is JsonObject obj && obj.Count == 1 && obj.TryGetPropertyValue("Return", out var returned))
        {
            return new MockedResult(returned?.DeepClone(), null, null);
        }

        if (value is JsonObject t && t.Count == 1 && t["Throw"] is JsonObject thrown
            && thrown["Error"] is JsonValue error && error.TryGetValue(out string? errorName))
        {
            string? cause = thrown["Cause"] is JsonValue c && c.TryGetValue(out string? text) ? text : null;
            return new MockedResult(null, errorName, cause);
        }

        throw new FormatException($"{path}: expected exactly one of {{\"Return\": …}} or {{\"Throw\": {{\"Error\": \"…\", \"Cause\": \"…\"}}}}.");
    }
}
