using System.Text.Json;
using System.Text.Json.Nodes;
using Orchestrator.States.Paths;

namespace Orchestrator.States.Intrinsics;

/// <summary>
/// The JSON intrinsics (AWS "Intrinsics for JSON data manipulation"): States.StringToJson,
/// JsonToString and JsonMerge.
/// </summary>
internal static class JsonFunctions
{
    /// <summary>States.StringToJson(text): the JSON value the string holds; an empty or blank
    /// string gives null, as recorded on AWS (LocalStack's test_string_to_json snapshot).</summary>
    public static JsonNode? StringToJson(IntrinsicCall call)
    {
        var text = call.String(0);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException e)
        {
            throw call.Fail($"argument 1 is not valid JSON ({e.Message})");
        }
    }

    /// <summary>States.JsonToString(value): the value as compact JSON text (numbers keep their text).</summary>
    public static JsonNode? JsonToString(IntrinsicCall call) => JsonValue.Create(PathErrors.Json(call[0]));

    /// <summary>
    /// States.JsonMerge(a, b, false): a shallow merge where b's members replace a's. AWS: "Step
    /// Functions only supports the shallow merging mode; therefore, you must specify the boolean
    /// value as false." Members keep a's order, new ones follow in b's order.
    /// </summary>
    public static JsonNode? JsonMerge(IntrinsicCall call)
    {
        var first = call.Object(0);
        var second = call.Object(1);
        if (call.Boolean(2))
        {
            throw call.Fail("deep merging is not supported; the third argument must be false");
        }

        var merged = (JsonObject)first.DeepClone();
        foreach (var member in second)
        {
            merged[member.Key] = member.Value?.DeepClone();
        }

        return merged;
    }
}
