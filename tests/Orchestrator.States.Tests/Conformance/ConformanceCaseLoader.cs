using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orchestrator.States.Tests.Conformance;

/// <summary>
/// Reads every case from <c>Conformance/Cases/*.json</c> (a file holds one case object or an array
/// of them). The folder is found from this source file's compile-time path, so the case files need
/// no copying to the output folder; a malformed case file fails discovery with its name.
/// </summary>
public static class ConformanceCaseLoader
{
    private static readonly Lazy<IReadOnlyList<ConformanceCase>> Cases = new(Load);

    /// <summary>Every case, in file then position order.</summary>
    public static IReadOnlyList<ConformanceCase> All => Cases.Value;

    /// <summary>The case with this name.</summary>
    public static ConformanceCase Get(string name) =>
        All.FirstOrDefault(c => c.Name == name)
        ?? throw new InvalidOperationException($"No conformance case named '{name}'.");

    /// <summary>The folder holding the case files.</summary>
    public static string CasesDirectory { get; } = FindCasesDirectory();

    private static string FindCasesDirectory([CallerFilePath] string sourceFile = "")
    {
        var besideSource = Path.Combine(Path.GetDirectoryName(sourceFile) ?? ".", "Cases");
        if (Directory.Exists(besideSource))
        {
            return besideSource;
        }

        // Fallback when the compile-time path is mapped: walk up from the working directory.
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Orchestrator.States.Tests", "Conformance", "Cases");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"Conformance case folder not found (looked beside {sourceFile}).");
    }

    private static List<ConformanceCase> Load()
    {
        var cases = new List<ConformanceCase>();
        foreach (var file in Directory.GetFiles(CasesDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            var fileName = Path.GetFileName(file);
            JsonNode? root;
            try
            {
                root = JsonNode.Parse(File.ReadAllText(file));
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{fileName}: not valid JSON: {e.Message}", e);
            }

            var items = root switch
            {
                JsonArray array => array.ToList(),
                JsonObject one => [one],
                _ => throw new InvalidDataException($"{fileName}: expected a case object or an array of cases."),
            };
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i] as JsonObject
                    ?? throw new InvalidDataException($"{fileName}[{i}]: a case must be an object.");
                try
                {
                    cases.Add(ConformanceCaseReader.Read(item, fileName));
                }
                catch (Exception e) when (e is InvalidOperationException or FormatException)
                {
                    // A field of the wrong JSON type (a number where a string belongs…).
                    throw new InvalidDataException($"{fileName}[{i}]: a field has the wrong type: {e.Message}", e);
                }
            }
        }

        var duplicate = cases.GroupBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"Conformance case name '{duplicate.Key}' is used more than once.");
        }

        return cases;
    }
}
