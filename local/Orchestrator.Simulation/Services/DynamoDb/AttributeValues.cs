using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.DynamoDb;

/// <summary>
/// DynamoDB AttributeValues (<c>{"S": "x"}</c>, <c>{"N": "1"}</c>, <c>{"BOOL": true}</c>, <c>{"M": …}</c>,
/// <c>{"L": […]}</c>, <c>{"NULL": true}</c>, <c>{"SS": […]}</c>…) as JSON objects: type, equality and
/// ordering as DynamoDB's comparison operators define them ("Comparison operator and function
/// reference": numbers compare by value, strings and binaries by UTF-8 bytes / bytes; values of
/// different types are never equal and never ordered).
/// </summary>
internal static class AttributeValues
{
    private static readonly string[] Types = ["S", "N", "B", "SS", "NS", "BS", "M", "L", "NULL", "BOOL"];

    /// <summary>The value's type descriptor (<c>S</c>, <c>N</c>…), or null when it is not an AttributeValue.</summary>
    public static string? TypeOf(JsonNode? value) =>
        value is JsonObject { Count: 1 } obj && Types.Contains(obj.First().Key) ? obj.First().Key : null;

    /// <summary>A problem with <paramref name="value"/> as an AttributeValue, or null when well formed.</summary>
    public static string? Problem(JsonNode? value, string path)
    {
        if (TypeOf(value) is not { } type)
        {
            return $"Supplied AttributeValue is empty, must contain exactly one of the supported datatypes (at {path})";
        }

        var inner = value!.AsObject()[type];
        return type switch
        {
            "N" when Number(inner) is null => $"The parameter cannot be converted to a numeric value: {inner?.ToJsonString()} (at {path})",
            "NS" when inner is not JsonArray ns || ns.Any(n => Number(n) is null) => $"The parameter cannot be converted to a numeric value (at {path})",
            "SS" or "NS" or "BS" when inner is JsonArray { Count: 0 } => $"One or more parameter values were invalid: An string set  may not be empty (at {path})",
            "M" when inner is JsonObject map => map.Select(p => Problem(p.Value, $"{path}.{p.Key}")).FirstOrDefault(p => p is not null),
            "L" when inner is JsonArray list => list.Select((v, i) => Problem(v, $"{path}[{i}]")).FirstOrDefault(p => p is not null),
            _ => null,
        };
    }

    /// <summary>
    /// An item's size as DynamoDB counts it toward the 400 KB item limit ("Item sizes and formats"):
    /// UTF-8 names plus values — strings by UTF-8 length, numbers about 1 byte per two digits plus 1,
    /// binaries by bytes, booleans and null 1 byte, maps and lists 3 bytes plus 1 per element plus
    /// their contents.
    /// </summary>
    public static long ItemSize(JsonObject item) => item.Sum(p => Encoding.UTF8.GetByteCount(p.Key) + ValueSize(p.Value));

    private static long ValueSize(JsonNode? value)
    {
        var type = TypeOf(value);
        var inner = type is null ? null : value!.AsObject()[type];
        return type switch
        {
            "S" => Encoding.UTF8.GetByteCount(inner!.GetValue<string>()),
            "N" => (inner!.GetValue<string>().Count(char.IsDigit) + 1) / 2 + 1,
            "B" => inner!.GetValue<string>().Length * 3 / 4,
            "SS" or "NS" or "BS" => inner!.AsArray().Sum(e => ValueSize(new JsonObject { [type[..1]] = e!.DeepClone() })),
            "M" => 3 + inner!.AsObject().Sum(p => 1 + Encoding.UTF8.GetByteCount(p.Key) + ValueSize(p.Value)),
            "L" => 3 + inner!.AsArray().Sum(e => 1 + ValueSize(e)),
            _ => 1,
        };
    }

    public static decimal? Number(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String
        && decimal.TryParse(v.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

    public static JsonObject FromNumber(decimal value) => new() { ["N"] = value.ToString(CultureInfo.InvariantCulture) };

    public static bool Same(JsonNode? a, JsonNode? b)
    {
        var type = TypeOf(a);
        if (type is null || type != TypeOf(b))
        {
            return false;
        }

        var (x, y) = (a!.AsObject()[type], b!.AsObject()[type]);
        return type switch
        {
            "N" => Number(x) == Number(y),
            "SS" or "BS" => SetOf(x).SetEquals(SetOf(y)),
            "NS" => x!.AsArray().Select(Number).ToHashSet().SetEquals(y!.AsArray().Select(Number)),
            "M" => x is JsonObject mx && y is JsonObject my && mx.Count == my.Count && mx.All(p => my.TryGetPropertyValue(p.Key, out var o) && Same(p.Value, o)),
            "L" => x is JsonArray lx && y is JsonArray ly && lx.Count == ly.Count && lx.Zip(ly).All(p => Same(p.First, p.Second)),
            _ => JsonNode.DeepEquals(x, y),
        };
    }

    /// <summary>Orders two scalars of the same type (N, S, B); null when they cannot be ordered.</summary>
    public static int? Compare(JsonNode? a, JsonNode? b)
    {
        var type = TypeOf(a);
        if (type is not ("N" or "S" or "B") || type != TypeOf(b))
        {
            return null;
        }

        var (x, y) = (a!.AsObject()[type], b!.AsObject()[type]);
        return type == "N"
            ? Number(x)!.Value.CompareTo(Number(y)!.Value)
            : string.CompareOrdinal(x!.GetValue<string>(), y!.GetValue<string>());
    }

    /// <summary>A canonical text for a key attribute, so "1" and "1.0" as N are the same key.</summary>
    public static string KeyText(JsonNode value)
    {
        var type = TypeOf(value)!;
        var inner = value.AsObject()[type]!;
        return type == "N" ? "N:" + Number(inner)!.Value.ToString("G29", CultureInfo.InvariantCulture) : type + ":" + inner.GetValue<string>();
    }

    private static HashSet<string> SetOf(JsonNode? node) => node!.AsArray().Select(n => n!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
}
