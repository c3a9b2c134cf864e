using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;

namespace Orchestrator.States.Tests.Conformance.Recorded;

/// <summary>
/// Reads every recorded case from <c>../shared/aws-recorded/stepfunctions/cases</c>, the shared
/// reference data beside the repository (as the stack checks find <c>../shared</c>).
/// </summary>
public static class RecordedCaseLoader
{
    private static readonly Lazy<IReadOnlyList<RecordedCase>> Cases = new(Load);

    /// <summary>Every case, ordered by area then name.</summary>
    public static IReadOnlyList<RecordedCase> All => Cases.Value;

    /// <summary>The case whose <see cref="RecordedCase.Key"/> is <paramref name="key"/>.</summary>
    public static RecordedCase Get(string key) =>
        All.FirstOrDefault(c => c.Key == key)
        ?? throw new InvalidOperationException($"No recorded case '{key}'.");

    /// <summary>The folder holding the case files.</summary>
    public static string CasesDirectory { get; } = FindCasesDirectory();

    private static string FindCasesDirectory([CallerFilePath] string sourceFile = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(sourceFile) ?? "."); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Orchestrator.sln")))
            {
                var cases = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "aws-recorded", "stepfunctions", "cases"));
                return Directory.Exists(cases)
                    ? cases
                    : throw new DirectoryNotFoundException($"Recorded cases {cases} are missing: the conformance suite needs ../shared next to the repository.");
            }
        }

        throw new DirectoryNotFoundException($"Repository root not found above {sourceFile}.");
    }

    private static List<RecordedCase> Load() =>
        Directory.GetFiles(CasesDirectory, "*.json")
            .Select(Read)
            .OrderBy(c => c.Key, StringComparer.Ordinal)
            .ToList();

    private static RecordedCase Read(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var root = JsonNode.Parse(File.ReadAllText(file)) as JsonObject
            ?? throw new InvalidDataException($"{name}: a recorded case must be a JSON object.");
        var mocks = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        if (root["mocks"] is JsonObject byState)
        {
            foreach (var (state, answers) in byState)
            {
                if (answers is JsonArray { Count: > 0 } list)
                {
                    var keyed = new JsonObject();
                    for (var i = 0; i < list.Count; i++)
                    {
                        keyed[i.ToString(System.Globalization.CultureInfo.InvariantCulture)] = list[i]?.DeepClone();
                    }

                    mocks[state] = keyed;
                }
            }
        }

        return new RecordedCase(
            name,
            root["area"]?.GetValue<string>() ?? throw new InvalidDataException($"{name}: no area."),
            root["definition"]?.DeepClone() ?? throw new InvalidDataException($"{name}: no definition."),
            root["input"]?.DeepClone(),
            mocks,
            root["expected"] as JsonObject ?? throw new InvalidDataException($"{name}: no expected."),
            root["compare"]?.GetValue<string>() == "full",
            root["unsupported"] is JsonArray u ? u.Select(x => x!.GetValue<string>()).ToList() : []);
    }
}
