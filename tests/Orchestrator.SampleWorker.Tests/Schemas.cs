using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Orchestrator.SampleWorker.Tests;

/// <summary>The repository's schemas/ files, built once (the manifest's $ref resolves to the batch schema).</summary>
internal static class Schemas
{
    public static string Root { get; } = FindRoot();

    private static readonly BuildOptions Options = new() { SchemaRegistry = new SchemaRegistry() };

    public static JsonSchema Batch { get; } = Load("batch.schema.json");

    public static JsonSchema Manifest { get; } = Load("manifest.schema.json");

    public static JsonSchema Result { get; } = Load("result.schema.json");

    /// <summary>Null when <paramref name="json"/> matches, else the errors with their locations.</summary>
    public static string? Problems(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid ? null : string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .Select(d => $"{d.InstanceLocation}: {string.Join(", ", d.Errors!.Values)}"));
    }

    public static bool IsValid(JsonSchema schema, JsonNode node) => Problems(schema, node.ToJsonString()) is null;

    private static JsonSchema Load(string name) => JsonSchema.FromFile(Path.Combine(Root, "schemas", name), Options);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Orchestrator.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Orchestrator.sln above {AppContext.BaseDirectory}.");
    }
}
