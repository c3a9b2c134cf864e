using System.Text.Json.Nodes;

namespace Orchestrator.States.Tests.Conformance;

/// <summary>Checks the case files themselves: enough cases, each sourced, names unique, mocks present.</summary>
public sealed class ConformanceCaseFileTests
{
    [Fact]
    public void Load_AllCaseFiles_AtLeast250UniquelyNamedCases()
    {
        var cases = ConformanceCaseLoader.All;

        Assert.True(cases.Count >= 250, $"Only {cases.Count} conformance cases.");
        Assert.Equal(cases.Count, cases.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Load_EveryCase_CitesADocumentOrRecordingOrRule()
    {
        var unsourced = ConformanceCaseLoader.All
            .Where(c => !c.Source.Contains("https://", StringComparison.Ordinal)
                && !c.Source.Contains("AWS-FACTS", StringComparison.Ordinal)
                && !c.Source.Contains("Deliberate gap", StringComparison.Ordinal))
            .Select(c => c.Name)
            .ToList();

        Assert.Empty(unsourced);
    }

    [Fact]
    public void Load_EveryTaskState_HasAMockedResponse()
    {
        var missing = new List<string>();
        foreach (var c in ConformanceCaseLoader.All.Where(c => c.Expected.DefinitionErrorPathContains is null))
        {
            var definition = JsonNode.Parse(c.Definition)!;
            foreach (var task in TaskStateNames(definition))
            {
                if (c.Mocks?[task] is null)
                {
                    missing.Add($"{c.Name}: {task}");
                }
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void Read_CaseWithUnknownField_ThrowsNamingTheField()
    {
        var item = new JsonObject
        {
            ["name"] = "x",
            ["source"] = "https://example.com",
            ["definition"] = new JsonObject(),
            ["expected"] = new JsonObject { ["status"] = "SUCCEEDED" },
            ["surprise"] = 1,
        };

        var e = Assert.Throws<InvalidDataException>(() => ConformanceCaseReader.Read(item, "f.json"));
        Assert.Contains("surprise", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FirstDifference_NumbersInDifferentForms_AreEqual()
    {
        Assert.Null(JsonAssert.FirstDifference(JsonNode.Parse("{\"a\":[1,2.50]}"), JsonNode.Parse("{\"a\":[1.0,2.5]}"), "$"));
        Assert.Equal("$.a[1]", JsonAssert.FirstDifference(JsonNode.Parse("{\"a\":[1,2]}"), JsonNode.Parse("{\"a\":[1,3]}"), "$"));
    }

    private static IEnumerable<string> TaskStateNames(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            if (obj["States"] is JsonObject states)
            {
                foreach (var (name, state) in states)
                {
                    if (state?["Type"]?.GetValue<string>() == "Task")
                    {
                        yield return name;
                    }
                }
            }

            foreach (var (_, child) in obj)
            {
                if (child is not null)
                {
                    foreach (var inner in TaskStateNames(child))
                    {
                        yield return inner;
                    }
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array.Where(c => c is not null))
            {
                foreach (var inner in TaskStateNames(child!))
                {
                    yield return inner;
                }
            }
        }
    }
}
