using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orchestrator.States.Model;

/// <summary>Reads typed values out of JSON nodes whatever backs them (a parsed element or a CLR
/// primitive), without throwing.</summary>
internal static class JsonScalars
{
    public static string Quote(JsonNode? node) => node?.ToJsonString() ?? "null";

    public static JsonValueKind KindOf(JsonNode? node) => Paths.JsonValues.KindOf(node);

    public static bool TryGetString(JsonNode? node, out string value) => Paths.JsonValues.TryGetString(node, out value);

    public static bool TryGetBoolean(JsonNode? node, out bool value)
    {
        value = false;
        return node is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False && v.TryGetValue(out value);
    }

    /// <summary>A JSON number as a double; the same reading the paths use.</summary>
    public static bool TryGetNumber(JsonNode? node, out double value) => Paths.JsonValues.TryGetDouble(node, out value);

    /// <summary>An integer value (a JSON number with no fraction), for Seconds-like fields.</summary>
    public static bool TryGetInteger(JsonNode? node, out long value)
    {
        value = 0;
        if (!TryGetNumber(node, out var d) || d != Math.Floor(d) || d > long.MaxValue || d < long.MinValue)
        {
            return false;
        }

        value = (long)d;
        return true;
    }

    /// <summary>Parses an RFC 3339 timestamp as ASL requires: date, 'T', time, and a zone
    /// (<c>Z</c> or <c>±hh:mm</c>).</summary>
    public static bool TryParseTimestamp(string text, out DateTimeOffset value)
    {
        value = default;
        if (text.Length < 20 || text[10] != 'T' || text[4] != '-' || text[7] != '-'
            || !(text.EndsWith('Z') || (text.Length >= 25 && text[^3] == ':' && text[^6] is '+' or '-')))
        {
            return false;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }

    public static bool TryGetTimestamp(JsonNode? node, out DateTimeOffset value)
    {
        value = default;
        return TryGetString(node, out var s) && TryParseTimestamp(s, out value);
    }
}
