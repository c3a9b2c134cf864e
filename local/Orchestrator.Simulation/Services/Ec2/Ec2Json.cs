using System.Globalization;
using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.Ec2;

/// <summary>Reading request members and writing response values for EC2 and Auto Scaling (query protocols; timestamps as ISO-8601 UTC).</summary>
internal static class Ec2Json
{
    public static string? String(JsonObject? obj, string name) =>
        obj?[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public static int? Int(JsonObject? obj, string name) =>
        obj?[name] is JsonValue v ? v.TryGetValue<int>(out var i) ? i : v.TryGetValue<long>(out var l) ? (int)l : v.TryGetValue<double>(out var d) ? (int)d : null : null;

    public static double? Double(JsonObject? obj, string name) =>
        obj?[name] is JsonValue v ? v.TryGetValue<double>(out var d) ? d
            : v.TryGetValue<string>(out var s) && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) ? p : null : null;

    public static bool? Bool(JsonObject? obj, string name) =>
        obj?[name] is JsonValue v && v.TryGetValue<bool>(out var b) ? b : null;

    public static JsonArray Array(JsonObject? obj, string name) => obj?[name] as JsonArray ?? [];

    public static JsonObject? Object(JsonObject? obj, string name) => obj?[name] as JsonObject;

    public static IReadOnlyList<string> Strings(JsonObject? obj, string name) =>
        Array(obj, name).Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : string.Empty).ToList();

    public static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string Seconds(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
