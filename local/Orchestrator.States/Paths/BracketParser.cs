using System.Globalization;
using Orchestrator.States.Paths.Filters;

namespace Orchestrator.States.Paths;

/// <summary>
/// Reads one bracket step: <c>[*]</c>, <c>['name']</c>, <c>['a','b']</c>, <c>[n]</c>, <c>[a,b]</c>,
/// <c>[a:b]</c> or <c>[?(filter)]</c>. Script expressions <c>[(…)]</c> and slice steps are rejected.
/// </summary>
internal static class BracketParser
{
    public static PathSegment Parse(JsonPathParser p)
    {
        p.Position++; // '['
        p.SkipSpaces();
        var c = p.Peek();
        PathSegment segment;
        if (c == '*')
        {
            p.Position++;
            segment = WildcardSegment.Instance;
        }
        else if (c is '\'' or '"')
        {
            var names = new List<string> { p.ReadQuoted(literal: true) };
            p.SkipSpaces();
            while (p.Peek() == ',')
            {
                p.Position++;
                p.SkipSpaces();
                if (p.Peek() is not ('\'' or '"'))
                {
                    throw p.Error("expected a quoted member name after ','");
                }

                names.Add(p.ReadQuoted(literal: true));
                p.SkipSpaces();
            }

            segment = names.Count == 1 ? new NameSegment(names[0]) : new NameUnionSegment(names);
        }
        else if (c == '?')
        {
            p.Position++;
            p.Expect('(');
            var filter = FilterParser.Parse(p);
            p.Expect(')');
            segment = new FilterSegment(filter);
        }
        else if (c == '(')
        {
            throw p.Error("script expressions '[(...)]' are not supported");
        }
        else if (c == ':' || c == '-' || char.IsAsciiDigit(c))
        {
            segment = ParseIndexes(p);
        }
        else
        {
            throw p.Error(p.AtEnd ? "unterminated '['" : $"unexpected '{c}' after '['");
        }

        p.Expect(']');
        return segment;
    }

    private static PathSegment ParseIndexes(JsonPathParser p)
    {
        var first = ReadInt(p, optional: true);
        p.SkipSpaces();
        if (p.Peek() == ':')
        {
            p.Position++;
            p.SkipSpaces();
            var second = ReadInt(p, optional: true);
            p.SkipSpaces();
            if (p.Peek() == ':')
            {
                throw p.Error("slice steps '[a:b:c]' are not supported");
            }

            return new SliceSegment(first, second);
        }

        if (first is null)
        {
            throw p.Error("expected an array index");
        }

        var indexes = new List<int> { first.Value };
        while (p.Peek() == ',')
        {
            p.Position++;
            p.SkipSpaces();
            indexes.Add(ReadInt(p, optional: false)!.Value);
            p.SkipSpaces();
        }

        return indexes.Count == 1 ? new IndexSegment(indexes[0]) : new IndexUnionSegment(indexes);
    }

    private static int? ReadInt(JsonPathParser p, bool optional)
    {
        var start = p.Position;
        if (p.Peek() == '-')
        {
            p.Position++;
        }

        while (char.IsAsciiDigit(p.Peek()))
        {
            p.Position++;
        }

        if (p.Position == start || (p.Position == start + 1 && p.Text[start] == '-'))
        {
            p.Position = start;
            return optional ? null : throw p.Error("expected an array index");
        }

        if (!int.TryParse(p.Text.AsSpan(start, p.Position - start), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw p.Error($"array index '{p.Text[start..p.Position]}' is out of range");
        }

        return value;
    }
}
