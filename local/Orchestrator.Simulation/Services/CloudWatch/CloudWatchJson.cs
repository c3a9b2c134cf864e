using System.Globalization;
using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.CloudWatch;

/// <summary>Reading CloudWatch request members (timestamps as epoch seconds or ISO-8601) and writing timestamps.</summary>
internal static class CloudWatchJson
{
    public static string? String(JsonObject? obj, string name) =>
        obj?[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public static int? Int(JsonObject? obj, string name) =>
        obj?[name] is JsonValue v ? v.TryGetValue<int>(out var i) ? i : v.TryGetValue<long>(out var l) ? (int)l : v.TryGetValue<double>(out var d) ? (int)d : null : null;

    public static double? Double(JsonObject? obj, string name) =>
        obj?[name] is JsonValue v && v.TryGetValue<double>(out var d) ? d : null;

    public static bool? Bool(JsonObject? obj, string name) =>
        obj?[name] is JsonValue v && v.TryGetValue<bool>(out var b) ? b : null;

    public static JsonArray Array(JsonObject? obj, string name) => obj?[name] as JsonArray ?? [];

    public static IReadOnlyList<string> Strings(JsonObject? obj, string name) =>
        Array(obj, name).Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : string.Empty).ToList();

    public static DateTimeOffset? Time(JsonObject? obj, string name) => obj?[name] switch
    {
        JsonValue v when v.TryGetValue<double>(out var seconds) => DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000)),
        JsonValue v when v.TryGetValue<string>(out var s) && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) => t,
        _ => null,
    };

    /// <summary>Dimensions [{Name, Value}] as sorted pairs.</summary>
    public static List<KeyValuePair<string, string>> Dimensions(JsonObject? obj) =>
        Array(obj, "Dimensions").OfType<JsonObject>()
            .Select(d => new KeyValuePair<string, string>(String(d, "Name") ?? string.Empty, String(d, "Value") ?? string.Empty))
            .OrderBy(d => d.Key, StringComparer.Ordinal)
            .ToList();

    public static JsonArray DimensionsJson(IEnumerable<KeyValuePair<string, string>> dimensions) =>
        new(dimensions.Select(d => (JsonNode)new JsonObject { ["Name"] = d.Key, ["Value"] = d.Value }).ToArray());

    public static string Iso(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
