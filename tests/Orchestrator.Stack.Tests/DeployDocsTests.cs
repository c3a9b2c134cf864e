using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Orchestrator.Functions.Tests.Hosting;
using Orchestrator.Stack.Tests.Checks;

namespace Orchestrator.Stack.Tests;

/// <summary>README.md's parameter table (Deploy, Parameters) and aws-lambda-tools-defaults.json agree with the template.</summary>
public class DeployDocsTests
{
    private static readonly string[] Lines = File.ReadAllLines(Path.Combine(RepoRoot.Path, "README.md"));

    /// <summary>Rows <c>| `Name` | default | meaning |</c> of the table under "### Parameters".</summary>
    private static Dictionary<string, string> Rows() => Lines
        .SkipWhile(l => l != "### Parameters").Skip(1)
        .TakeWhile(l => !l.StartsWith('#'))
        .Where(l => l.StartsWith("| `", StringComparison.Ordinal))
        .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
        .ToDictionary(cells => cells[1].Trim('`'), cells => cells[2], StringComparer.Ordinal);

    [Fact]
    public void ParameterTable_EveryTemplateParameter_WithItsDefault()
    {
        var rows = Rows();

        Assert.All(StackTemplate.Repository.Section("Parameters"), parameter =>
        {
            Assert.True(rows.TryGetValue(parameter.Key, out var documented), $"README.md has no row for {parameter.Key}.");
            Assert.Equal(Expected(parameter.Value!["Default"]), documented);
        });
    }

    [Fact]
    public void ParameterTable_NoRowForAParameterTheTemplateLacks()
    {
        var parameters = StackTemplate.Repository.Section("Parameters");

        Assert.All(Rows().Keys, name => Assert.True(parameters.ContainsKey(name), $"README.md documents {name}, which the template does not have."));
    }

    [Fact]
    public void ToolsDefaults_ExampleParameters_AreTemplateParametersAndCoverTheRequiredOnes()
    {
        var defaults = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoRoot.Path, "aws-lambda-tools-defaults.json")))!;
        var parameters = StackTemplate.Repository.Section("Parameters");
        var given = defaults["template-parameters"]!.ToString().Split(';').Select(p => p.Split('=')[0]).ToHashSet(StringComparer.Ordinal);

        Assert.Equal("serverless.template", defaults["template"]?.ToString());
        Assert.Equal("net10.0", defaults["framework"]?.ToString());
        Assert.Subset(parameters.Select(p => p.Key).ToHashSet(StringComparer.Ordinal), given);
        Assert.Superset(parameters.Where(p => p.Value!["Default"] is null).Select(p => p.Key).ToHashSet(StringComparer.Ordinal), given);
    }

    private static string Expected(JsonNode? value) => value switch
    {
        null => "(required)",
        _ when value.GetValueKind() == JsonValueKind.String && value.ToString().Length == 0 => "(empty)",
        _ when value.GetValueKind() == JsonValueKind.Number => $"`{value.GetValue<double>().ToString(CultureInfo.InvariantCulture)}`",
        _ => $"`{value}`",
    };
}
