namespace Orchestrator.Simulation.Services.EventBridge;

/// <summary>
/// A compiled EventBridge wildcard: literal segments separated by <c>*</c> (any run of characters,
/// including none); <c>\*</c> and <c>\\</c> are a literal star and backslash.
/// </summary>
internal sealed class WildcardGlob
{
    private readonly List<string> _segments;

    private WildcardGlob(List<string> segments) => _segments = segments;

    public static WildcardGlob Compile(string pattern)
    {
        var segments = new List<string>();
        var current = new System.Text.StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length && pattern[i + 1] is '*' or '\\')
            {
                current.Append(pattern[++i]);
            }
            else if (c == '*')
            {
                segments.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        segments.Add(current.ToString());
        return new WildcardGlob(segments);
    }

    /// <summary>First segment anchors the start, last the end, middle ones are found left to right (greedy-safe for globs).</summary>
    public bool IsMatch(string value)
    {
        if (_segments.Count == 1)
        {
            return value == _segments[0];
        }

        var first = _segments[0];
        var last = _segments[^1];
        if (value.Length < first.Length + last.Length
            || !value.StartsWith(first, StringComparison.Ordinal) || !value.EndsWith(last, StringComparison.Ordinal))
        {
            return false;
        }

        var position = first.Length;
        var end = value.Length - last.Length;
        for (var i = 1; i < _segments.Count - 1; i++)
        {
            var found = value.IndexOf(_segments[i], position, end - position, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            position = found + _segments[i].Length;
        }

        return true;
    }
}
