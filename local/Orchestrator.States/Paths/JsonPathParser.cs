using System.Text;

namespace Orchestrator.States.Paths;

/// <summary>
/// Reads JSONPath text into steps. Grammar (Jayway's, which AWS uses): <c>$</c> or <c>$$</c> then any of
/// <c>.name</c>, <c>.*</c>, <c>..step</c>, <c>['name']</c>, <c>["name"]</c>, <c>['a','b']</c>, <c>[n]</c>,
/// <c>[-n]</c>, <c>[a,b]</c>, <c>[a:b]</c>, <c>[*]</c>, <c>[?(filter)]</c>.
/// </summary>
/// <remarks>
/// Path functions such as <c>.length()</c> parse but never match (see <see cref="FunctionSegment"/>),
/// as on AWS. Not supported, each rejected with a message saying so: script expressions
/// <c>[(@.length-1)]</c>, slice steps <c>[a:b:c]</c> (Jayway has none), and the Jayway filter
/// operators <c>in nin subsetof anyof noneof size empty</c>.
/// </remarks>
internal sealed class JsonPathParser
{
    private readonly string _text;

    public JsonPathParser(string text, int position)
    {
        _text = text;
        Position = position;
    }

    public int Position { get; set; }

    public string Text => _text;

    public bool AtEnd => Position >= _text.Length;

    public char Peek(int ahead = 0) => Position + ahead < _text.Length ? _text[Position + ahead] : '\0';

    /// <summary>Parses a whole path (<c>$…</c>, <c>$$…</c>, or <c>$name…</c> reading a workflow variable).</summary>
    public static CompiledPath ParsePath(string text, out bool isContext, out string? variable)
    {
        if (string.IsNullOrEmpty(text) || text[0] != '$')
        {
            throw new FormatException($"Invalid JSONPath '{text}': a path must start with '$'.");
        }

        isContext = text.Length > 1 && text[1] == '$';
        var start = isContext ? 2 : 1;
        variable = null;
        if (!isContext && start < text.Length && (char.IsAsciiLetter(text[start]) || text[start] == '_'))
        {
            var end = start;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_'))
            {
                end++;
            }

            variable = text[start..end];
            start = end;
        }

        var parser = new JsonPathParser(text, start);
        var segments = parser.ParseSegments(inFilter: false);
        if (!parser.AtEnd)
        {
            throw parser.Error($"unexpected '{parser.Peek()}'");
        }

        return new CompiledPath(segments);
    }

    public FormatException Error(string what) =>
        new($"Invalid JSONPath '{_text}': {what} at position {Position}.");

    /// <summary>Steps until something that is not a step (end of text, or an operator inside a filter).</summary>
    public PathSegment[] ParseSegments(bool inFilter)
    {
        var segments = new List<PathSegment>();
        while (!AtEnd)
        {
            var c = Peek();
            if (c == '.' && Peek(1) == '.')
            {
                Position += 2;
                segments.Add(new DescendantSegment(ParseStepAfterDescent(inFilter)));
            }
            else if (c == '.')
            {
                Position++;
                if (Peek() == '*')
                {
                    Position++;
                    segments.Add(WildcardSegment.Instance);
                }
                else if (Peek() == '[')
                {
                    segments.Add(BracketParser.Parse(this)); // Jayway accepts "$.['a']" as "$['a']"
                }
                else
                {
                    segments.Add(ReadNameOrFunction(inFilter));
                }
            }
            else if (c == '[')
            {
                segments.Add(BracketParser.Parse(this));
            }
            else
            {
                break;
            }
        }

        return [.. segments];
    }

    public void SkipSpaces()
    {
        while (!AtEnd && char.IsWhiteSpace(Peek()))
        {
            Position++;
        }
    }

    public void Expect(char c)
    {
        SkipSpaces();
        if (Peek() != c)
        {
            throw Error(AtEnd ? $"expected '{c}' but the path ended" : $"expected '{c}' but found '{Peek()}'");
        }

        Position++;
    }

    /// <summary>Reads a quoted string; <c>\</c> escapes the quote, a backslash and <c>n t r</c>.
    /// With <paramref name="literal"/> (a bracket member name), only the quote can be escaped; any
    /// other backslash is kept with the character after it: AWS ran <c>$['Test\""Name"']</c>
    /// against the key <c>Test\""Name"</c> (LocalStack's recorded ESCAPE_SEQUENCES_JSONPATH).</summary>
    public string ReadQuoted(bool literal = false)
    {
        var quote = Peek();
        Position++;
        var sb = new StringBuilder();
        while (true)
        {
            if (AtEnd)
            {
                throw Error($"unterminated string (missing closing {quote})");
            }

            var c = _text[Position++];
            if (c == quote)
            {
                return sb.ToString();
            }

            if (c == '\\' && !AtEnd)
            {
                var e = _text[Position++];
                if (literal && e != quote)
                {
                    sb.Append(c).Append(e);
                }
                else
                {
                    sb.Append(e switch { 'n' => '\n', 't' => '\t', 'r' => '\r', _ => e });
                }
            }
            else
            {
                sb.Append(c);
            }
        }
    }

    private PathSegment ParseStepAfterDescent(bool inFilter)
    {
        if (Peek() == '*')
        {
            Position++;
            return WildcardSegment.Instance;
        }

        return Peek() == '[' ? BracketParser.Parse(this) : ReadNameOrFunction(inFilter);
    }

    private string ReadName(bool inFilter)
    {
        var start = Position;
        while (!AtEnd && !IsNameStop(Peek(), inFilter))
        {
            Position++;
        }

        if (Position == start)
        {
            throw Error(AtEnd ? "expected a member name but the path ended" : $"expected a member name but found '{Peek()}'");
        }

        return _text[start..Position];
    }

    private PathSegment ReadNameOrFunction(bool inFilter)
    {
        var name = ReadName(inFilter);
        if (Peek() != '(')
        {
            return new NameSegment(name);
        }

        // A function call: accepted like AWS does, with its parentheses balanced, and never matching.
        var depth = 0;
        do
        {
            depth += Peek() switch { '(' => 1, ')' => -1, _ => 0 };
            Position++;
        }
        while (depth > 0 && !AtEnd);

        return depth == 0 ? new FunctionSegment(name) : throw Error($"missing ')' after {name}(");
    }

    private static bool IsNameStop(char c, bool inFilter) =>
        c is '.' or '[' or '(' || char.IsWhiteSpace(c)
        || (inFilter && c is ')' or ']' or '=' or '!' or '<' or '>' or '&' or '|' or ',' or '\'' or '"');
}
