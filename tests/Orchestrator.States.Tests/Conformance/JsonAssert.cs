using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orchestrator.States.Tests.Conformance;

/// <summary>
/// Structural JSON equality for conformance outputs: object member order is ignored, array order
/// is not, and numbers compare by value (AWS may print <c>1.0</c> where a case says <c>1</c>).
/// </summary>
public static class JsonAssert
{
    /// <summary>Fails with both texts and the first differing path when the two differ.</summary>
    public static void Equal(JsonNode? expected, JsonNode? actual, string what)
    {
        var difference = FirstDifference(expected, actual, "$");
        if (difference is not null)
        {
            Assert.Fail($"{what} differs at {difference}.\nexpected: {Text(expected)}\nactual:   {Text(actual)}");
        }
    }

    /// <summary>The path of the first difference, or null when equal.</summary>
    public static string? FirstDifference(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected, actual)
        {
            case (null, null):
                return null;
            case (JsonObject e, JsonObject a):
                foreach (var (key, value) in e)
                {
                    if (!a.ContainsKey(key))
                    {
                        return $"{path}.{key} (missing)";
                    }

                    var inner = FirstDifference(value, a[key], $"{path}.{key}");
                    if (inner is not null)
                    {
                        return inner;
                    }
                }

                var extra = a.Select(p => p.Key).FirstOrDefault(k => !e.ContainsKey(k));
                return extra is null ? null : $"{path}.{extra} (unexpected)";
            case (JsonArray e, JsonArray a):
                if (e.Count != a.Count)
                {
                    return $"{path} (length {e.Count} vs {a.Count})";
                }

                for (var i = 0; i < e.Count; i++)
                {
                    var inner = FirstDifference(e[i], a[i], $"{path}[{i}]");
                    if (inner is not null)
                    {
                        return inner;
                    }
                }

                return null;
            case (JsonValue e, JsonValue a):
                return ValuesEqual(e, a) ? null : path;
            default:
                return path;
        }
    }

    private static bool ValuesEqual(JsonValue e, JsonValue a)
    {
        var ek = e.GetValueKind();
        var ak = a.GetValueKind();
        if (ek == JsonValueKind.Number && ak == JsonValueKind.Number)
        {
            return decimal.TryParse(e.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var ed)
                && decimal.TryParse(a.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var ad)
                ? ed == ad
                : e.GetValue<double>().Equals(a.GetValue<double>());
        }

        if (ek == JsonValueKind.String && ak == JsonValueKind.String)
        {
            return e.GetValue<string>() == a.GetValue<string>();
        }

        return ek == ak;
    }

    private static string Text(JsonNode? node) => node?.ToJsonString() ?? "null";
}
