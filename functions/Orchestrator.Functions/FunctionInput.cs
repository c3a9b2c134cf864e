using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Orchestrator.Core;

namespace Orchestrator.Functions;

/// <summary>
/// A function's event, read once as a JSON object, with typed accessors that fail with
/// <see cref="InvalidInputException"/> naming the field, never a NullReferenceException.
/// </summary>
public sealed class FunctionInput
{
    private readonly JsonObject _event;

    private FunctionInput(JsonObject e) => _event = e;

    /// <summary>Reads the event; malformed JSON or a non-object is an invalid input.</summary>
    public static FunctionInput Read(Stream input)
    {
        using var reader = new StreamReader(input);
        return Json.ParseInput(reader.ReadToEnd()) is JsonObject o
            ? new FunctionInput(o)
            : throw new InvalidInputException("The event must be a JSON object.");
    }

    /// <summary>The raw node of a field (null when absent or JSON null).</summary>
    public JsonNode? Node(string name) => _event[name];

    public JsonObject Object(string name) => Json.Object(_event, name, "event");

    public JsonArray Array(string name) => Json.Array(_event, name, "event");

    public string String(string name) => Json.String(_event, name, "event");

    /// <summary>A timestamp such as <c>$$.State.EnteredTime</c> (ISO 8601).</summary>
    public DateTimeOffset Time(string name)
    {
        var text = String(name);
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : throw new InvalidInputException($"event: '{name}' is not an ISO 8601 timestamp: '{text}'.");
    }

    /// <summary>A field deserialized with source-generated metadata.</summary>
    public T Get<T>(string name, JsonTypeInfo<T> info)
    {
        var node = _event[name] ?? throw new InvalidInputException($"event: '{name}' is missing.");
        try
        {
            return node.Deserialize(info) ?? throw new InvalidInputException($"event: '{name}' is null.");
        }
        catch (JsonException e)
        {
            throw new InvalidInputException($"event: '{name}' is not valid: {e.Message}", e);
        }
    }

    /// <summary>A string-to-string map, e.g. the settings the stack passes in.</summary>
    public Dictionary<string, string?> StringMap(string name)
    {
        var map = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (key, value) in Object(name))
        {
            map[key] = value switch
            {
                null => null,
                JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
                JsonValue v => v.ToJsonString(),
                _ => throw new InvalidInputException($"event: '{name}.{key}' must be a string or a number."),
            };
        }

        return map;
    }
}
