using System.Globalization;
using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.Ecs;

/// <summary>Reading request members and writing response values in the ECS model's JSON forms.</summary>
/// <remarks>Timestamps are written as the ECS JSON protocol sends them: epoch seconds with milliseconds.</remarks>
internal static class EcsJson
{
    public static string? String(JsonObject obj, string name) =>
        obj[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public static int? Int(JsonObject obj, string name) =>
        obj[name] is JsonValue v ? v.TryGetValue<int>(out var i) ? i : v.TryGetValue<long>(out var l) ? (int)l : v.TryGetValue<double>(out var d) ? (int)d : null : null;

    public static JsonArray Array(JsonObject obj, string name) => obj[name] as JsonArray ?? [];

    public static IEnumerable<string> Strings(JsonObject obj, string name) =>
        Array(obj, name).Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : string.Empty);

    public static JsonValue Time(DateTimeOffset time) =>
        JsonValue.Create(Math.Round(time.ToUnixTimeMilliseconds() / 1000.0, 3));

    public static JsonNode? Time(DateTimeOffset? time) => time is { } t ? Time(t) : null;

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses a cpu or memory string of a task definition ("1024", or "1 vCPU" / "2 GB" as AWS also accepts).</summary>
    public static int? Units(string? text, int perUnit)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
        {
            return null;
        }

        return parts.Length > 1 ? (int)(n * perUnit) : (int)n;
    }

    /// <summary>Adds <paramref name="name"/> only when <paramref name="value"/> is present.</summary>
    public static void Put(JsonObject obj, string name, JsonNode? value)
    {
        if (value is not null)
        {
            obj[name] = value;
        }
    }
}
