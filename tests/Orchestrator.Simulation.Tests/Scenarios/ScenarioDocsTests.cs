using Orchestrator.Simulation.Scenarios;
using Orchestrator.Simulation.Scenarios.Reading;

namespace Orchestrator.Simulation.Tests.Scenarios;

/// <summary>docs/SCENARIOS.md names every key the scenario classes take, so a key added to a section
/// cannot go undocumented.</summary>
public class ScenarioDocsTests
{
    public static TheoryData<string> Keys => [.. KeysOf(typeof(ScenarioFile), "").Distinct(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Keys))]
    public void ScenariosDoc_NamesTheKey(string path)
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "SCENARIOS.md"));
        var segments = path.Split('.');
        var key = segments[^1];
        var written = Enumerable.Range(1, segments.Length - 1).Any(i => doc.Contains($"`{string.Join('.', segments[i..])}`", StringComparison.Ordinal))
            || doc.Contains($"`{key}`", StringComparison.Ordinal) || doc.Contains($"`{key}:", StringComparison.Ordinal)
            || doc.Contains($"{{{key}", StringComparison.Ordinal) || doc.Contains($", {key}", StringComparison.Ordinal);

        Assert.True(written, $"docs/SCENARIOS.md does not document {path}.");
    }

    private static IEnumerable<string> KeysOf(Type section, string prefix)
    {
        foreach (var property in SectionBinder.Keys(section))
        {
            var path = prefix + SectionBinder.KeyOf(property);
            yield return path;
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            type = type.IsGenericType ? type.GetGenericArguments()[^1] : type;
            if (type.IsClass && type != typeof(string) && type.Namespace!.StartsWith("Orchestrator", StringComparison.Ordinal))
            {
                foreach (var child in KeysOf(type, path + "."))
                {
                    yield return child;
                }
            }
        }
    }
}
