using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.EventBridge;

/// <summary>
/// The <c>numeric</c> operator: <c>["=", 5]</c>, or up to one lower bound (<c>&gt;</c>, <c>&gt;=</c>)
/// and one upper bound (<c>&lt;</c>, <c>&lt;=</c>), e.g. <c>[">", 0, "&lt;=", 5]</c>. Matches JSON numbers
/// only (AWS: "Numeric matching only works with values that are JSON numbers").
/// </summary>
internal static class NumericRange
{
    public static ValueMatcher Parse(string text, JsonNode? arg, string path)
    {
        if (arg is not JsonArray terms || terms.Count is not (2 or 4))
        {
            throw EventPattern.Invalid("numeric needs [op, number] or [op, number, op, number]", path);
        }

        double? equal = null, low = null, high = null;
        bool lowInclusive = false, highInclusive = false;
        for (var i = 0; i < terms.Count; i += 2)
        {
            var op = PatternOperators.Str(terms[i]) ?? throw EventPattern.Invalid($"numeric operator must be a string, not {terms[i]?.ToJsonString()}", path);
            var number = PatternOperators.Num(terms[i + 1])
                ?? throw EventPattern.Invalid($"numeric operand of \"{op}\" must be a number", path);
            switch (op)
            {
                case "=" when terms.Count == 2:
                    equal = number;
                    break;
                case ">" or ">=" when low is null:
                    (low, lowInclusive) = (number, op == ">=");
                    break;
                case "<" or "<=" when high is null:
                    (high, highInclusive) = (number, op == "<=");
                    break;
                default:
                    throw EventPattern.Invalid($"unexpected numeric operator \"{op}\"", path);
            }
        }

        if (low is { } l && high is { } h && l >= h)
        {
            throw EventPattern.Invalid("numeric lower bound must be below the upper bound", path);
        }

        return new(text, value => PatternOperators.Num(value) is { } n
            && (equal is not { } e || n == e)
            && (low is not { } lo || (lowInclusive ? n >= lo : n > lo))
            && (high is not { } hi || (highInclusive ? n <= hi : n < hi)));
    }
}
