namespace Orchestrator.States.Model;

/// <summary>A StringMatches pattern: <c>*</c> matches any run of characters (empty included),
/// <c>\*</c> a literal star and <c>\\</c> a literal backslash; everything else matches itself.</summary>
internal sealed class StringPattern
{
    private readonly string[] _literals;

    private StringPattern(string[] literals, bool hasOpenEscape)
    {
        _literals = literals;
        HasOpenEscape = hasOpenEscape;
    }

    /// <summary>True when a backslash escapes neither <c>*</c> nor <c>\</c>; the ASL spec says
    /// the interpreter then throws a runtime error when the rule is evaluated.</summary>
    public bool HasOpenEscape { get; }

    /// <summary>Splits the pattern into the literal runs between unescaped stars.</summary>
    public static StringPattern Parse(string pattern)
    {
        var literals = new List<string>();
        var current = new System.Text.StringBuilder();
        var openEscape = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length && pattern[i + 1] is '*' or '\\')
            {
                current.Append(pattern[++i]);
            }
            else if (c == '\\')
            {
                openEscape = true;
                current.Append(c);
            }
            else if (c == '*')
            {
                literals.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        literals.Add(current.ToString());
        return new StringPattern([.. literals], openEscape);
    }

    /// <summary>True when <paramref name="text"/> matches the whole pattern.</summary>
    public bool IsMatch(string text)
    {
        if (_literals.Length == 1)
        {
            return text == _literals[0];
        }

        var first = _literals[0];
        var last = _literals[^1];
        if (!text.StartsWith(first, StringComparison.Ordinal) || text.Length < first.Length + last.Length
            || !text.EndsWith(last, StringComparison.Ordinal))
        {
            return false;
        }

        // Greedy left-to-right placement of the middle literals is optimal for star-only globs.
        var position = first.Length;
        var end = text.Length - last.Length;
        for (var i = 1; i < _literals.Length - 1; i++)
        {
            var found = text.IndexOf(_literals[i], position, end - position, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            position = found + _literals[i].Length;
        }

        return position <= end;
    }
}
