using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orchestrator.States.Paths.Filters;

/// <summary>
/// <c>left op right</c> with op one of <c>== != &lt; &lt;= &gt; &gt;=</c>, compared as Jayway's
/// ValueNode evaluators do: numbers by value, strings ordinally, <c>==</c> on anything by deep
/// equality; a side that does not exist makes every comparison false except <c>!=</c>, which is the
/// negation of <c>==</c>.
/// </summary>
/// <remarks>
/// Jayway's NumberNode.equals accepts a StringNode by reading it as a number, and StringNode.equals
/// accepts a NumberNode by printing it, so <c>1 == '1'</c> holds (and <c>'1' == 1</c>); ordering
/// operators between a number and a string are false.
/// </remarks>
internal sealed class ComparisonFilter(FilterOperand left, string op, FilterOperand right) : FilterExpression
{
    public override bool IsTrue(JsonNode? current, JsonNode? root)
    {
        var hasLeft = left.TryResolve(current, root, out var a);
        var hasRight = right.TryResolve(current, root, out var b);
        var both = hasLeft && hasRight;
        return op switch
        {
            "==" => both && Equal(a, b),
            "!=" => !(both && Equal(a, b)),
            _ => both && Order(a, b) is { } order && op switch
            {
                "<" => order < 0,
                "<=" => order <= 0,
                ">" => order > 0,
                ">=" => order >= 0,
                _ => false,
            },
        };
    }

    private static bool Equal(JsonNode? a, JsonNode? b)
    {
        var left = JsonValues.KindOf(a);
        var right = JsonValues.KindOf(b);
        if (left == JsonValueKind.Number && right == JsonValueKind.String)
        {
            // NumberNode.equals(StringNode): the string read as a number.
            return JsonValues.TryGetString(b, out var text)
                && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                && JsonValues.TryGetDecimal(a, out var value)
                && value == number;
        }

        if (left == JsonValueKind.String && right == JsonValueKind.Number)
        {
            // StringNode.equals(NumberNode): the number printed as text.
            return JsonValues.TryGetString(a, out var text) && text == b!.ToJsonString();
        }

        return JsonValues.DeepEquals(a, b);
    }

    private static int? Order(JsonNode? a, JsonNode? b)
    {
        var kind = JsonValues.KindOf(a);
        if (kind != JsonValues.KindOf(b))
        {
            return null;
        }

        if (kind == JsonValueKind.Number)
        {
            return JsonValues.CompareNumbers(a, b);
        }

        if (kind == JsonValueKind.String && JsonValues.TryGetString(a, out var x) && JsonValues.TryGetString(b, out var y))
        {
            return string.CompareOrdinal(x, y);
        }

        return null;
    }
}
