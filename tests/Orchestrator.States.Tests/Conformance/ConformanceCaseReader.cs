using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Orchestrator.States.Tests.Conformance;

/// <summary>Turns one case object of a case file into a <see cref="ConformanceCase"/>, checking its shape.</summary>
public static partial class ConformanceCaseReader
{
    private static readonly HashSet<string> CaseFields =
        ["name", "source", "definition", "input", "mocks", "options", "expected", "knownFailure", "comment"];

    private static readonly HashSet<string> ExpectedFields =
    [
        "status", "output", "outputRegex", "error", "cause", "causeContains", "elapsedSeconds",
        "historyTypes", "definitionErrorPathContains", "definitionErrorMessageContains",
    ];

    /// <summary>Reads <paramref name="item"/>; throws <see cref="InvalidDataException"/> naming the problem.</summary>
    public static ConformanceCase Read(JsonObject item, string fileName)
    {
        var name = item["name"]?.GetValue<string>()
            ?? throw new InvalidDataException($"{fileName}: a case has no name.");
        string Where(string what) => $"{fileName}, case '{name}': {what}";
        if (!KebabName().IsMatch(name))
        {
            throw new InvalidDataException(Where("the name must be kebab-case."));
        }

        if (item.Select(p => p.Key).FirstOrDefault(k => !CaseFields.Contains(k)) is { } unknownField)
        {
            throw new InvalidDataException(Where($"unknown field '{unknownField}'."));
        }

        var source = item["source"]?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(source))
        {
            throw new InvalidDataException(Where("every case needs a source."));
        }

        // A string definition is used verbatim (malformed JSON cases); an object is serialised.
        var definition = item["definition"] switch
        {
            JsonValue text when text.TryGetValue<string>(out var raw) => raw,
            JsonObject obj => obj.ToJsonString(),
            _ => throw new InvalidDataException(Where("definition must be an object or a string.")),
        };

        if (item["expected"] is not JsonObject expected)
        {
            throw new InvalidDataException(Where("expected must be an object."));
        }

        if (expected.Select(p => p.Key).FirstOrDefault(k => !ExpectedFields.Contains(k)) is { } unknownExpectation)
        {
            throw new InvalidDataException(Where($"unknown expected field '{unknownExpectation}'."));
        }

        var expectation = new ConformanceExpectation(
            Status: expected["status"]?.GetValue<string>(),
            HasOutput: expected.ContainsKey("output"),
            Output: expected["output"]?.DeepClone(),
            OutputRegex: expected["outputRegex"]?.GetValue<string>(),
            Error: expected["error"]?.GetValue<string>(),
            Cause: expected["cause"]?.GetValue<string>(),
            CauseContains: expected["causeContains"]?.GetValue<string>(),
            ElapsedSeconds: expected["elapsedSeconds"]?.GetValue<double>(),
            HistoryTypes: (expected["historyTypes"] as JsonArray)?.Select(n => n!.GetValue<string>()).ToList(),
            DefinitionErrorPathContains: expected["definitionErrorPathContains"]?.GetValue<string>(),
            DefinitionErrorMessageContains: expected["definitionErrorMessageContains"]?.GetValue<string>());
        if (expectation.Status is null && expectation.DefinitionErrorPathContains is null)
        {
            throw new InvalidDataException(Where("expected needs a status or definitionErrorPathContains."));
        }

        return new ConformanceCase(
            name,
            source,
            fileName,
            definition,
            item.ContainsKey("input") ? item["input"]?.DeepClone() : new JsonObject(),
            item["mocks"]?.DeepClone() as JsonObject,
            item["options"]?.DeepClone() as JsonObject,
            expectation,
            item["knownFailure"]?.GetValue<string>());
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabName();
}
