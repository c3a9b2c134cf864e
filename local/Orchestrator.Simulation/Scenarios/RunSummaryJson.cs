using System.Text.Json;
using System.Text.Json.Serialization;

namespace Orchestrator.Simulation.Scenarios;

/// <summary>The <c>--json</c> document: <see cref="RunSummary"/> as one JSON object, camelCase, times in
/// ISO 8601 UTC, durations in seconds.</summary>
public static class RunSummaryJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        NumberHandling = JsonNumberHandling.Strict,
    };

    public static string ToJson(RunSummary summary) => JsonSerializer.Serialize(summary, Options);

    public static RunSummary? FromJson(string json) => JsonSerializer.Deserialize<RunSummary>(json, Options);
}
