using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Orchestrator.States.Paths;

namespace Orchestrator.States.Intrinsics;

/// <summary>
/// Reads an intrinsic invocation: <c>States.Name(arg, …)</c> where an argument is a quoted string
/// (<c>'…'</c> with <c>\' \{ \} \\</c> escapes), a number, <c>true</c>, <c>false</c>, <c>null</c>, a path
/// (<c>$…</c>, <c>$$…</c>) or another call.
/// </summary>
/// <remarks>
/// AWS: "You can nest up to 10 intrinsic functions within a field"; its example, five calls deep,
/// "includes nine nested intrinsic functions", so AWS counts every call in the field, and so does
/// <see cref="MaxCalls"/>.
/// </remarks>
internal sealed class IntrinsicParser
{
    /// <summary>AWS: "You can nest up to 10 intrinsic functions within a field".</summary>
    public const int MaxCalls = 10;

    private readonly string _text;
    private int _pos;
    private int _calls;

    private IntrinsicParser(string text) => _text = text;

    public static CallNode Parse(string text)
    {
        var parser = new IntrinsicParser(text);
        parser.SkipSpaces();
        var call = parser.ParseCall();
        parser.SkipSpaces();
        if (parser._pos < text.Length)
        {
            throw parser.Error($"unexpected '{text[parser._pos]}' after the call");
        }

        return call;
    }

    private char Peek => _pos < _text.Length ? _text[_pos] : '\0';

    private FormatException Error(string what) =>
        new($"Invalid intrinsic function call '{_text}': {what} at position {_pos}.");

    private void SkipSpaces()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }

    private CallNode ParseCall()
    {
        var start = _pos;
        while (_pos < _text.Length && (char.IsAsciiLetterOrDigit(Peek) || Peek is '.' or '_'))
        {
            _pos++;
        }

        var name = _text[start.._pos];
        if (!IntrinsicFunctions.ByName.TryGetValue(name, out var function))
        {
            _pos = start;
            throw Error(name.Length == 0 ? "expected an intrinsic function name" : $"unknown intrinsic function '{name}'");
        }

        if (++_calls > MaxCalls)
        {
            _pos = start;
            throw Error($"a field can hold at most {MaxCalls} intrinsic functions");
        }

        SkipSpaces();
        if (Peek != '(')
        {
            throw Error($"expected '(' after {name}");
        }

        _pos++;
        var arguments = new List<IntrinsicNode>();
        SkipSpaces();
        if (Peek == ')')
        {
            _pos++;
        }
        else
        {
            while (true)
            {
                SkipSpaces();
                arguments.Add(ParseArgument());
                SkipSpaces();
                if (Peek == ',')
                {
                    _pos++;
                    continue;
                }

                if (Peek == ')')
                {
                    _pos++;
                    break;
                }

                throw Error(_pos >= _text.Length ? $"missing ')' to close {name}" : $"expected ',' or ')' but found '{Peek}'");
            }
        }

        if (arguments.Count < function.MinArguments || arguments.Count > function.MaxArguments)
        {
            throw Error($"{name} takes {function.ArityText} argument(s) but {arguments.Count} were given");
        }

        if (function.Name == "States.Format" && arguments[0] is StringLiteralNode template
            && template.FormatPieces.Count != arguments.Count)
        {
            throw Error($"States.Format's template has {template.FormatPieces.Count - 1} placeholder(s) but {arguments.Count - 1} value(s) were given");
        }

        return new CallNode(function, [.. arguments]);
    }

    private IntrinsicNode ParseArgument()
    {
        var c = Peek;
        if (c == '\'')
        {
            return ParseString();
        }

        if (c == '$')
        {
            return ParsePath();
        }

        if (c == '-' || char.IsAsciiDigit(c))
        {
            return ParseNumber();
        }

        foreach (var (word, value) in new (string Word, JsonNode? Value)[] { ("true", JsonValue.Create(true)), ("false", JsonValue.Create(false)), ("null", null) })
        {
            if (string.CompareOrdinal(_text, _pos, word, 0, word.Length) == 0 && !char.IsAsciiLetterOrDigit(PeekAt(_pos + word.Length)))
            {
                _pos += word.Length;
                return new LiteralNode(value);
            }
        }

        if (char.IsAsciiLetter(c))
        {
            return ParseCall();
        }

        throw Error(_pos >= _text.Length ? "the call ended early" : $"unexpected '{c}' where an argument was expected");
    }

    private char PeekAt(int i) => i < _text.Length ? _text[i] : '\0';

    private LiteralNode ParseNumber()
    {
        var start = _pos;
        _pos++;
        while (char.IsAsciiDigit(Peek) || Peek is '.' or 'e' or 'E' or '+' or '-')
        {
            _pos++;
        }

        var text = _text[start.._pos];
        try
        {
            var node = JsonNode.Parse(text);
            if (node is JsonValue v && v.GetValueKind() == JsonValueKind.Number)
            {
                return new LiteralNode(node);
            }
        }
        catch (JsonException)
        {
        }

        _pos = start;
        throw Error($"'{text}' is not a number");
    }

    private PathNode ParsePath()
    {
        var start = _pos;
        var brackets = 0;
        char quote = '\0';
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (quote != '\0')
            {
                if (c == '\\')
                {
                    _pos++;
                }
                else if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (brackets > 0 && c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == '[')
            {
                brackets++;
            }
            else if (c == ']')
            {
                brackets--;
            }
            else if (brackets == 0 && (c is ',' or ')' || char.IsWhiteSpace(c)))
            {
                break;
            }

            _pos++;
        }

        _pos = Math.Min(_pos, _text.Length); // a trailing backslash inside quotes skips past the end
        var text = _text[start.._pos];
        try
        {
            return new PathNode(JsonPathExpression.Parse(text));
        }
        catch (FormatException e)
        {
            _pos = start;
            throw Error($"bad path argument ({e.Message})");
        }
    }

    private StringLiteralNode ParseString()
    {
        _pos++; // opening quote
        var value = new StringBuilder();
        var piece = new StringBuilder();
        var pieces = new List<string>();
        string? escapeError = null;
        while (true)
        {
            if (_pos >= _text.Length)
            {
                throw Error("unterminated string literal (missing closing ')");
            }

            var c = _text[_pos++];
            if (c == '\'')
            {
                break;
            }

            if (c == '\\')
            {
                var e = PeekAt(_pos);
                if (e is '\'' or '{' or '}' or '\\')
                {
                    _pos++;
                    value.Append(e);
                    piece.Append(e);
                    continue;
                }

                escapeError ??= $"The intrinsic function call '{_text}' has an open escape backslash at position {_pos - 1}: only \\', \\{{, \\}} and \\\\ are escapes.";
            }
            else if (c == '{' && PeekAt(_pos) == '}')
            {
                _pos++;
                value.Append("{}");
                pieces.Add(piece.ToString());
                piece.Clear();
                continue;
            }

            value.Append(c);
            piece.Append(c);
        }

        pieces.Add(piece.ToString());
        return new StringLiteralNode(value.ToString(), pieces, escapeError);
    }
}
