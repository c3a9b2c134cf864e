namespace Orchestrator.Simulation.Services.DynamoDb;

/// <summary>
/// Splits a condition, update or projection expression into tokens: names (letters, digits, <c>_</c>,
/// and <c>#</c> placeholders), <c>:</c> value placeholders, whole numbers (list indexes), and the
/// symbols <c>= &lt;&gt; &lt; &lt;= &gt; &gt;= ( ) [ ] , . + -</c>.
/// </summary>
internal static class ExpressionLexer
{
    public static List<ExpressionToken> Tokenize(string expression, string parameter)
    {
        var tokens = new List<ExpressionToken>();
        var i = 0;
        while (i < expression.Length)
        {
            var c = expression[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsLetter(c) || c is '_' or '#' or ':')
            {
                i++;
                while (i < expression.Length && (char.IsLetterOrDigit(expression[i]) || expression[i] == '_'))
                {
                    i++;
                }

                var kind = c == ':' ? ExpressionTokenKind.Value : ExpressionTokenKind.Name;
                tokens.Add(new(kind, expression[start..i], start));
            }
            else if (char.IsDigit(c))
            {
                while (i < expression.Length && char.IsDigit(expression[i]))
                {
                    i++;
                }

                tokens.Add(new(ExpressionTokenKind.Index, expression[start..i], start));
            }
            else if (i + 1 < expression.Length && expression.Substring(i, 2) is "<>" or "<=" or ">=")
            {
                tokens.Add(new(ExpressionTokenKind.Symbol, expression.Substring(i, 2), start));
                i += 2;
            }
            else if ("=<>()[],.+-".Contains(c, StringComparison.Ordinal))
            {
                tokens.Add(new(ExpressionTokenKind.Symbol, c.ToString(), start));
                i++;
            }
            else
            {
                throw DynamoDbErrors.Validation($"Invalid {parameter}: Syntax error; token: \"{c}\", near: \"{Near(expression, start)}\"");
            }
        }

        tokens.Add(new(ExpressionTokenKind.End, "<EOF>", expression.Length));
        return tokens;
    }

    public static string Near(string expression, int position) =>
        expression.Substring(Math.Max(0, position - 8), Math.Min(expression.Length, position + 8) - Math.Max(0, position - 8));
}
