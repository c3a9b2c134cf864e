using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.DynamoDb;

/// <summary>
/// Compiles a DynamoDB ConditionExpression into a test on the current item (null when there is
/// none), per "Condition expressions" and "Comparison operator and function reference":
/// <c>= &lt;&gt; &lt; &lt;= &gt; &gt;=</c>, <c>BETWEEN … AND …</c>, <c>IN (…)</c>, <c>AND</c>, <c>OR</c>,
/// <c>NOT</c>, parentheses, <c>attribute_exists</c>, <c>attribute_not_exists</c>,
/// <c>attribute_type</c>, <c>begins_with</c>, <c>contains</c> and <c>size</c>.
/// </summary>
/// <remarks>
/// Precedence as documented: comparisons, IN, BETWEEN, functions, then NOT, AND, OR. A comparison
/// with a missing attribute or values of different types is false (DynamoDB evaluates it to false
/// rather than failing); <c>&lt;&gt;</c> with a missing attribute is true.
/// </remarks>
internal static class ConditionExpression
{
    private static readonly string[] Comparators = ["=", "<>", "<", "<=", ">", ">="];

    public static Func<JsonObject?, bool> Compile(string expression, ExpressionContext context, string parameter = "ConditionExpression")
    {
        var reader = new ExpressionReader(expression, parameter, context);
        var condition = Or(reader);
        return reader.AtEnd ? condition : throw reader.SyntaxError();
    }

    private static Func<JsonObject?, bool> Or(ExpressionReader r)
    {
        var left = And(r);
        while (r.TryKeyword("OR"))
        {
            var (a, b) = (left, And(r));
            left = item => a(item) || b(item);
        }

        return left;
    }

    private static Func<JsonObject?, bool> And(ExpressionReader r)
    {
        var left = Not(r);
        while (r.TryKeyword("AND"))
        {
            var (a, b) = (left, Not(r));
            left = item => a(item) && b(item);
        }

        return left;
    }

    private static Func<JsonObject?, bool> Not(ExpressionReader r)
    {
        if (r.TryKeyword("NOT"))
        {
            var inner = Not(r);
            return item => !inner(item);
        }

        return Primary(r);
    }

    private static Func<JsonObject?, bool> Primary(ExpressionReader r)
    {
        if (r.TrySymbol("("))
        {
            var inner = Or(r);
            r.Expect(")");
            return inner;
        }

        if (ConditionFunctions.TryParse(r) is { } function)
        {
            return function;
        }

        var left = r.Operand();
        if (r.TryKeyword("BETWEEN"))
        {
            var low = r.Operand();
            if (!r.TryKeyword("AND"))
            {
                throw r.SyntaxError();
            }

            var high = r.Operand();
            return item => AttributeValues.Compare(left(item), low(item)) >= 0 && AttributeValues.Compare(left(item), high(item)) <= 0;
        }

        if (r.TryKeyword("IN"))
        {
            r.Expect("(");
            var options = new List<Func<JsonObject?, JsonNode?>> { r.Operand() };
            while (r.TrySymbol(","))
            {
                options.Add(r.Operand());
            }

            r.Expect(")");
            return item => left(item) is { } value && options.Any(o => AttributeValues.Same(value, o(item)));
        }

        var op = r.Peek;
        if (op.Kind != ExpressionTokenKind.Symbol || !Comparators.Contains(op.Text))
        {
            throw r.SyntaxError();
        }

        r.Take();
        var right = r.Operand();
        return op.Text switch
        {
            "=" => item => AttributeValues.Same(left(item), right(item)),
            "<>" => item => !AttributeValues.Same(left(item), right(item)),
            "<" => item => AttributeValues.Compare(left(item), right(item)) < 0,
            "<=" => item => AttributeValues.Compare(left(item), right(item)) <= 0,
            ">" => item => AttributeValues.Compare(left(item), right(item)) > 0,
            _ => item => AttributeValues.Compare(left(item), right(item)) >= 0,
        };
    }
}
