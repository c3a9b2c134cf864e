using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;

namespace Orchestrator.States.Tests.Conformance.Recorded;

/// <summary>
/// The recorded cases the engine is known not to agree with, and what it does instead: every case
/// that needs JSONata (refused, a deliberate gap) and the cases listed in
/// <c>Recorded/known-gaps.json</c> (<c>{"case name": {"verdict": "Refused"|"Disagrees", "reason": "…"}}</c>).
/// The suite asserts the listed verdict, so fixing a case fails its test until it leaves the list
/// (and docs/CONFORMANCE.md).
/// </summary>
public static class RecordedKnownGaps
{
    private static readonly Lazy<IReadOnlyDictionary<string, KnownGap>> Listed = new(Load);

    /// <summary>The listed cases by name.</summary>
    public static IReadOnlyDictionary<string, KnownGap> All => Listed.Value;

    /// <summary>The known gap of <paramref name="testCase"/>, or null when the engine must agree.</summary>
    public static KnownGap? For(RecordedCase testCase) =>
        testCase.Unsupported.Contains("JSONata")
            ? new KnownGap(RecordedVerdict.Refused, "JSONata query language (deliberate gap, docs/CONFORMANCE.md)")
            : All.GetValueOrDefault(testCase.Name);

    private static Dictionary<string, KnownGap> Load() => Load(FilePath());

    private static Dictionary<string, KnownGap> Load(string file)
    {
        var gaps = new Dictionary<string, KnownGap>(StringComparer.Ordinal);
        if (JsonNode.Parse(File.ReadAllText(file)) is not JsonObject root)
        {
            throw new InvalidDataException($"{file}: must be an object of case name -> {{verdict, reason}}.");
        }

        foreach (var (name, entry) in root)
        {
            var verdict = Enum.Parse<RecordedVerdict>(entry?["verdict"]?.GetValue<string>() ?? throw new InvalidDataException($"{file}['{name}']: no verdict."));
            var reason = entry["reason"]?.GetValue<string>() ?? throw new InvalidDataException($"{file}['{name}']: no reason.");
            gaps[name] = new KnownGap(verdict, reason);
        }

        return gaps;
    }

    private static string FilePath([CallerFilePath] string sourceFile = "") =>
        Path.Combine(Path.GetDirectoryName(sourceFile) ?? ".", "known-gaps.json");
}
