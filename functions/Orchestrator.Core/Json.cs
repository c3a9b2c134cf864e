using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orchestrator.Core;

/// <summary>Small readers for JSON events that fail with a message naming the missing or wrong
/// field, instead of a NullReferenceException.</summary>
public static class Json
{
    public static string String(JsonObject o, string name, string where) =>
        OptionalString(o, name) ?? throw new InvalidInputException($"{where}: '{name}' is missing or not a string.");

    public static string? OptionalString(JsonObject o, string name) =>
        o[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    public static JsonObject Object(JsonObject o, string name, string where) =>
        o[name] as JsonObject ?? throw new InvalidInputException($"{where}: '{name}' is missing or not an object.");

    public static JsonArray Array(JsonObject o, string name, string where) =>
        o[name] as JsonArray ?? throw new InvalidInputException($"{where}: '{name}' is missing or not an array.");

    public static long Long(JsonObject o, string name, string where) =>
        Number(o[name]) is { } n && n == Math.Floor(n) && Math.Abs(n) < 9e15
            ? (long)n
            : OptionalString(o, name) is { } s && long.TryParse(s, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : throw new InvalidInputException($"{where}: '{name}' is missing or not a whole number.");

    /// <summary>A JSON number as a double whatever CLR type backs the node (a parsed element, an int, a
    /// long…), or null when the node is not a number.</summary>
    public static double? Number(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.Number
            ? double.Parse(v.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture)
            : null;

    /// <summary>Parses JSON carried inside a string (an SNS Message, a Task in an error cause).</summary>
    public static JsonNode? ParseEmbedded(string text, string what)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException e)
        {
            throw new InvalidInputException($"{what} is not valid JSON: {e.Message}", e);
        }
    }

    /// <summary>Parses a whole request body; an empty or malformed one is an invalid input.</summary>
    public static JsonNode ParseInput(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InvalidInputException("The input is empty.");
        }

        return ParseEmbedded(text, "The input") ?? throw new InvalidInputException("The input is null.");
    }
}
