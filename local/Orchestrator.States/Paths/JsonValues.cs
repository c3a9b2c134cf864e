using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orchestrator.States.Paths;

/// <summary>Small helpers to read JSON scalars whatever way the node was built (parsed or created from a CLR value).</summary>
internal static class JsonValues
{
    /// <summary>The JSON kind of a node; a C# null is JSON null.</summary>
    public static JsonValueKind KindOf(JsonNode? node) => node?.GetValueKind() ?? JsonValueKind.Null;

    /// <summary>The string of a JSON string node.</summary>
    public static bool TryGetString(JsonNode? node, out string value)
    {
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.TryGetValue(out string? s))
        {
            value = s;
            return true;
        }

        value = string.Empty;
        return false;
    }

    /// <summary>A JSON number as a decimal (false for non-numbers or numbers out of decimal's range).</summary>
    public static bool TryGetDecimal(JsonNode? node, out decimal value)
    {
        value = 0;
        if (node is not JsonValue v || v.GetValueKind() != JsonValueKind.Number)
        {
            return false;
        }

        if (v.TryGetValue(out decimal d))
        {
            value = d;
            return true;
        }

        if (v.TryGetValue(out long l))
        {
            value = l;
            return true;
        }

        if (v.TryGetValue(out int i))
        {
            value = i;
            return true;
        }

        return decimal.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A JSON number as a double (always succeeds for numbers).</summary>
    public static bool TryGetDouble(JsonNode? node, out double value)
    {
        value = 0;
        if (node is not JsonValue v || v.GetValueKind() != JsonValueKind.Number)
        {
            return false;
        }

        if (v.TryGetValue(out double d))
        {
            value = d;
            return true;
        }

        return double.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>JSON equality: numbers by value (1 equals 1.0), strings ordinally, containers member by member.</summary>
    public static bool DeepEquals(JsonNode? a, JsonNode? b)
    {
        var kind = KindOf(a);
        if (kind != KindOf(b))
        {
            return false;
        }

        if (kind == JsonValueKind.Number)
        {
            return CompareNumbers(a, b) == 0;
        }

        if (kind is JsonValueKind.Object or JsonValueKind.Array)
        {
            return ContainersEqual(a!, b!);
        }

        return JsonNode.DeepEquals(a, b);
    }

    /// <summary>Orders two JSON numbers by value.</summary>
    public static int CompareNumbers(JsonNode? a, JsonNode? b)
    {
        if (TryGetDecimal(a, out var x) && TryGetDecimal(b, out var y))
        {
            return x.CompareTo(y);
        }

        TryGetDouble(a, out var dx);
        TryGetDouble(b, out var dy);
        return dx.CompareTo(dy);
    }

    private static bool ContainersEqual(JsonNode a, JsonNode b)
    {
        if (a is JsonArray xa && b is JsonArray ya)
        {
            if (xa.Count != ya.Count)
            {
                return false;
            }

            for (var i = 0; i < xa.Count; i++)
            {
                if (!DeepEquals(xa[i], ya[i]))
                {
                    return false;
                }
            }

            return true;
        }

        var xo = (JsonObject)a;
        var yo = (JsonObject)b;
        if (xo.Count != yo.Count)
        {
            return false;
        }

        foreach (var member in xo)
        {
            if (!yo.TryGetPropertyValue(member.Key, out var other) || !DeepEquals(member.Value, other))
            {
                return false;
            }
        }

        return true;
    }
}
