namespace Orchestrator.States.Parsing;

/// <summary>What parsing one definition collects: its errors, and the state names seen so far
/// (ASL: names are unique across the whole machine, nested branches included).</summary>
internal sealed class ParseContext
{
    public List<DefinitionError> Errors { get; } = [];

    public HashSet<string> StateNames { get; } = new(StringComparer.Ordinal);

    public void Add(string path, string message) => Errors.Add(new DefinitionError(path, message));

    /// <summary>A JSON path to a member: <c>$.States.Foo</c>, or <c>$.States['a b']</c> when the
    /// name is not a plain identifier.</summary>
    public static string Member(string parent, string name)
    {
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return $"{parent}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";
            }
        }

        return name.Length == 0 ? $"{parent}['']" : $"{parent}.{name}";
    }
}
