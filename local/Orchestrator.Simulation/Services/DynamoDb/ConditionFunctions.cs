using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.DynamoDb;

/// <summary>
/// The boolean functions of condition expressions: <c>attribute_exists(path)</c>,
/// <c>attribute_not_exists(path)</c>, <c>attribute_type(path, :type)</c>, <c>begins_with(path, substr)</c>
/// (strings and binaries) and <c>contains(path, operand)</c> (substring of a string, element of a set
/// or list).
/// </summary>
internal static class ConditionFunctions
{
    private static readonly string[] Names = ["attribute_exists", "attribute_not_exists", "attribute_type", "begins_with", "contains"];

    /// <summary>Parses a function call when the reader is at one (a known name followed by "("); else null.</summary>
    public static Func<JsonObject?, bool>? TryParse(ExpressionReader r)
    {
        var name = Names.FirstOrDefault(r.IsKeyword);
        if (name is null)
        {
            return null;
        }

        r.Take();
        r.Expect("(");
        var path = r.Path();
        Func<JsonObject?, JsonNode?>? argument = null;
        if (name is "attribute_type" or "begins_with" or "contains")
        {
            r.Expect(",");
            argument = r.Operand();
        }

        r.Expect(")");
        return name switch
        {
            "attribute_exists" => item => path.Get(item) is not null,
            "attribute_not_exists" => item => path.Get(item) is null,
            "attribute_type" => item => argument!(item)?["S"]?.GetValue<string>() is { } t && AttributeValues.TypeOf(path.Get(item)) == t,
            "begins_with" => item => BeginsWith(path.Get(item), argument!(item)),
            _ => item => Contains(path.Get(item), argument!(item)),
        };
    }

    private static bool BeginsWith(JsonNode? value, JsonNode? prefix)
    {
        var type = AttributeValues.TypeOf(value);
        return type is "S" or "B" && AttributeValues.TypeOf(prefix) == type
            && value!.AsObject()[type]!.GetValue<string>().StartsWith(prefix!.AsObject()[type]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static bool Contains(JsonNode? value, JsonNode? operand)
    {
        var type = AttributeValues.TypeOf(value);
        var inner = type is null ? null : value!.AsObject()[type];
        return type switch
        {
            "S" => operand?["S"]?.GetValue<string>() is { } s && inner!.GetValue<string>().Contains(s, StringComparison.Ordinal),
            "SS" => operand?["S"]?.GetValue<string>() is { } s && inner!.AsArray().Any(e => e!.GetValue<string>() == s),
            "NS" => AttributeValues.Number(operand?["N"]) is { } n && inner!.AsArray().Any(e => AttributeValues.Number(e) == n),
            "L" => inner!.AsArray().Any(e => AttributeValues.Same(e, operand)),
            _ => false,
        };
    }
}
