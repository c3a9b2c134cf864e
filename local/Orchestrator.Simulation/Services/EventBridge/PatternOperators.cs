using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.EventBridge;

/// <summary>
/// Parses one element of a pattern value array into a <see cref="ValueMatcher"/>: an exact value or
/// one content-filter operator, with the semantics of AWS's "Content filtering in Amazon EventBridge
/// event patterns" page.
/// </summary>
/// <remarks>
/// String operators (<c>prefix</c>, <c>suffix</c>, <c>equals-ignore-case</c>, <c>wildcard</c>,
/// <c>cidr</c>) only match string values; <c>numeric</c> only JSON numbers; <c>anything-but</c>
/// with a string or number list matches values of any type not in the list. <c>cidr</c> accepts IPv4
/// and IPv6 blocks. <c>wildcard</c>: <c>*</c> matches any run of characters, <c>\*</c> a literal
/// star; consecutive stars are rejected as AWS does.
/// </remarks>
internal static class PatternOperators
{
    public static ValueMatcher Parse(JsonNode? element, string path)
    {
        switch (element)
        {
            case null:
                return new("null", v => v is null);
            case JsonArray:
                throw EventPattern.Invalid("a value array cannot contain an array", path);
            case JsonValue value:
                return Exact(value, path);
        }

        var obj = (JsonObject)element;
        if (obj.Count != 1)
        {
            throw EventPattern.Invalid($"an operator object must have exactly one key, not {obj.ToJsonString()}", path);
        }

        var (op, arg) = obj.First();
        var text = obj.ToJsonString();
        return op switch
        {
            "prefix" => StringOp(text, arg, path, (v, p, c) => v.StartsWith(p, c)),
            "suffix" => StringOp(text, arg, path, (v, s, c) => v.EndsWith(s, c)),
            "equals-ignore-case" => new(text, v => Str(v) is { } s && string.Equals(s, String(arg, path), StringComparison.OrdinalIgnoreCase)),
            "wildcard" => Wildcard(text, String(arg, path), path),
            "anything-but" => AnythingBut(text, arg, path),
            "numeric" => NumericRange.Parse(text, arg, path),
            "exists" => arg is JsonValue b && b.GetValueKind() is JsonValueKind.True or JsonValueKind.False
                ? new(text, _ => false, b.GetValue<bool>())
                : throw EventPattern.Invalid("exists must be true or false", path),
            "cidr" => Cidr(text, String(arg, path), path),
            _ => throw EventPattern.Invalid($"unrecognized match type {op}", path),
        };
    }

    private static ValueMatcher Exact(JsonValue value, string path) => value.GetValueKind() switch
    {
        JsonValueKind.String => new(value.ToJsonString(), v => Str(v) == value.GetValue<string>()),
        JsonValueKind.Number => new(value.ToJsonString(), v => Num(v) is { } n && n == Num(value)),
        JsonValueKind.True or JsonValueKind.False => new(value.ToJsonString(), v => v is JsonValue j && j.GetValueKind() == value.GetValueKind()),
        _ => throw EventPattern.Invalid($"unsupported value {value.ToJsonString()}", path),
    };

    private static ValueMatcher StringOp(string text, JsonNode? arg, string path, Func<string, string, StringComparison, bool> test)
    {
        if (arg is JsonObject { Count: 1 } ignoreCase && ignoreCase["equals-ignore-case"] is { } inner)
        {
            var folded = String(inner, path);
            return new(text, v => Str(v) is { } s && test(s, folded, StringComparison.OrdinalIgnoreCase));
        }

        var literal = String(arg, path);
        return new(text, v => Str(v) is { } s && test(s, literal, StringComparison.Ordinal));
    }

    private static ValueMatcher AnythingBut(string text, JsonNode? arg, string path)
    {
        switch (arg)
        {
            case JsonValue single:
                var excluded = Exact(single, path);
                return new(text, v => !excluded.Test(v));
            case JsonArray list when list.Count > 0 && list.All(x => x is JsonValue):
                var all = list.Select(x => Exact((JsonValue)x!, path)).ToList();
                return new(text, v => !all.Any(m => m.Test(v)));
            case JsonObject { Count: 1 } inner:
                var (op, value) = inner.First();
                ValueMatcher negated = op switch
                {
                    "prefix" or "suffix" => StringOp(text, value, path, op == "prefix" ? (v, p, c) => v.StartsWith(p, c) : (v, s, c) => v.EndsWith(s, c)),
                    "equals-ignore-case" => IgnoreCaseList(text, value, path),
                    "wildcard" => value is JsonArray patterns
                        ? AnyOf(text, patterns.Select(p => Wildcard(text, String(p, path), path)))
                        : Wildcard(text, String(value, path), path),
                    _ => throw EventPattern.Invalid($"anything-but does not support {op}", path),
                };
                // A non-string value is "anything but" a string test.
                return new(text, v => !negated.Test(v));
            default:
                throw EventPattern.Invalid("anything-but needs a value, a non-empty list of strings or numbers, or a prefix/suffix/equals-ignore-case/wildcard object", path);
        }
    }

    private static ValueMatcher IgnoreCaseList(string text, JsonNode? value, string path)
    {
        var words = value is JsonArray list ? list.Select(w => String(w, path)).ToList() : [String(value, path)];
        return new(text, v => Str(v) is { } s && words.Any(w => string.Equals(s, w, StringComparison.OrdinalIgnoreCase)));
    }

    private static ValueMatcher AnyOf(string text, IEnumerable<ValueMatcher> matchers)
    {
        var list = matchers.ToList();
        return new(text, v => list.Any(m => m.Test(v)));
    }

    private static ValueMatcher Wildcard(string text, string pattern, string path)
    {
        if (pattern.Contains("**", StringComparison.Ordinal))
        {
            throw EventPattern.Invalid("consecutive wildcard characters are not allowed", path);
        }

        var glob = WildcardGlob.Compile(pattern);
        return new(text, v => Str(v) is { } s && glob.IsMatch(s));
    }

    private static ValueMatcher Cidr(string text, string block, string path)
    {
        if (!IPNetwork.TryParse(block, out var network))
        {
            throw EventPattern.Invalid($"\"{block}\" is not a CIDR block", path);
        }

        return new(text, v => Str(v) is { } s && IPAddress.TryParse(s, out var ip) && network.Contains(ip));
    }

    private static string String(JsonNode? node, string path) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String
            ? v.GetValue<string>()
            : throw EventPattern.Invalid($"expected a string, not {node?.ToJsonString() ?? "null"}", path);

    internal static string? Str(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    internal static double? Num(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.Number
            ? double.Parse(v.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture)
            : null;
}
