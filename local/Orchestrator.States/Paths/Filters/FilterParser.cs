using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Orchestrator.States.Paths.Filters;

/// <summary>
/// Parses the condition inside <c>[?( … )]</c>: <c>||</c>, <c>&amp;&amp;</c>, <c>!</c>, parentheses,
/// comparisons <c>== != &lt; &lt;= &gt; &gt;=</c>, regex match <c>=~ /re/i</c> and existence <c>@.x</c>.
/// Operands are <c>@…</c>, <c>$…</c>, numbers, quoted strings, <c>true</c>, <c>false</c> and <c>null</c>.
/// </summary>
internal static class FilterParser
{
    private static readonly string[] Operators = ["==", "!=", "<=", ">=", "=~", "<", ">"];

    public static FilterExpression Parse(JsonPathParser p) => ParseOr(p);

    private static FilterExpression ParseOr(JsonPathParser p)
    {
        var left = ParseAnd(p);
        while (TryConsume(p, "||"))
        {
            left = new LogicalFilter('|', left, ParseAnd(p));
        }

        return left;
    }

    private static FilterExpression ParseAnd(JsonPathParser p)
    {
        var left = ParseUnary(p);
        while (TryConsume(p, "&&"))
        {
            left = new LogicalFilter('&', left, ParseUnary(p));
        }

        return left;
    }

    private static FilterExpression ParseUnary(JsonPathParser p)
    {
        p.SkipSpaces();
        if (p.Peek() == '!' && p.Peek(1) != '=')
        {
            p.Position++;
            return new LogicalFilter('!', ParseUnary(p), null);
        }

        if (p.Peek() == '(')
        {
            p.Position++;
            var inner = ParseOr(p);
            p.Expect(')');
            return inner;
        }

        var left = ParseOperand(p);
        p.SkipSpaces();
        var op = Array.Find(Operators, o => TryConsume(p, o));
        if (op is null)
        {
            RejectUnsupportedOperator(p);
            return new ExistsFilter(left);
        }

        if (op == "=~")
        {
            return new RegexFilter(left, ReadRegex(p));
        }

        return new ComparisonFilter(left, op, ParseOperand(p));
    }

    private static FilterOperand ParseOperand(JsonPathParser p)
    {
        p.SkipSpaces();
        var c = p.Peek();
        if (c is '@' or '$')
        {
            p.Position++;
            if (c == '$' && p.Peek() == '$')
            {
                throw p.Error("'$$' is not allowed inside a filter");
            }

            return FilterOperand.Path(new CompiledPath(p.ParseSegments(inFilter: true)), relative: c == '@');
        }

        if (c is '\'' or '"')
        {
            return FilterOperand.Literal(JsonValue.Create(p.ReadQuoted()));
        }

        if (c == '-' || char.IsAsciiDigit(c))
        {
            var start = p.Position;
            p.Position++;
            while (char.IsAsciiDigit(p.Peek()) || p.Peek() is '.' or 'e' or 'E' or '+' or '-')
            {
                p.Position++;
            }

            var text = ReadBack(p, start);
            try
            {
                if (JsonNode.Parse(text) is JsonValue number && number.GetValueKind() == JsonValueKind.Number)
                {
                    return FilterOperand.Literal(number);
                }
            }
            catch (JsonException)
            {
            }

            p.Position = start;
            throw p.Error($"'{text}' is not a number");
        }

        foreach (var (word, value) in new (string, JsonNode?)[] { ("true", JsonValue.Create(true)), ("false", JsonValue.Create(false)), ("null", null) })
        {
            if (TryConsume(p, word))
            {
                return FilterOperand.Literal(value);
            }
        }

        throw p.Error(p.AtEnd ? "the filter ended early" : $"unexpected '{c}' in filter");
    }

    private static Regex ReadRegex(JsonPathParser p)
    {
        p.SkipSpaces();
        if (p.Peek() != '/')
        {
            throw p.Error("expected a /regex/ after '=~'");
        }

        p.Position++;
        var start = p.Position;
        while (!p.AtEnd && p.Peek() != '/')
        {
            p.Position += p.Peek() == '\\' ? 2 : 1;
        }

        if (p.AtEnd)
        {
            throw p.Error("unterminated /regex/");
        }

        var pattern = ReadBack(p, start);
        p.Position++;
        var options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;
        while (p.Peek() is 'i' or 'm' or 's')
        {
            options |= p.Peek() switch { 'i' => RegexOptions.IgnoreCase, 'm' => RegexOptions.Multiline, _ => RegexOptions.Singleline };
            p.Position++;
        }

        try
        {
            return new Regex($"\\A(?:{pattern})\\z", options);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            // NotSupportedException: a construct the non-backtracking engine lacks (backreferences, lookarounds).
            throw p.Error($"invalid or unsupported regex /{pattern}/ ({e.Message})");
        }
    }

    private static void RejectUnsupportedOperator(JsonPathParser p)
    {
        foreach (var word in new[] { "nin", "in", "subsetof", "anyof", "noneof", "size", "empty" })
        {
            var save = p.Position;
            if (TryConsume(p, word))
            {
                p.Position = save;
                throw p.Error($"the filter operator '{word}' is not supported");
            }
        }
    }

    private static bool TryConsume(JsonPathParser p, string token)
    {
        p.SkipSpaces();
        for (var i = 0; i < token.Length; i++)
        {
            if (p.Peek(i) != token[i])
            {
                return false;
            }
        }

        p.Position += token.Length;
        return true;
    }

    private static string ReadBack(JsonPathParser p, int start) => p.Text[start..p.Position];
}
