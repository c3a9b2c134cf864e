namespace Orchestrator.Simulation.Scenarios.Reading;

/// <summary>
/// One node of a scenario file as written, with the line and column it starts at, so every later
/// check can say where the mistake is. Built by <see cref="YamlTreeReader"/>.
/// </summary>
public sealed class YamlNode
{
    private YamlNode(YamlNodeKind kind, int line, int column, string? text, bool isNull, IReadOnlyList<KeyValuePair<YamlNode, YamlNode>> entries, IReadOnlyList<YamlNode> items)
    {
        Kind = kind;
        Line = line;
        Column = column;
        Text = text;
        IsNull = isNull;
        Entries = entries;
        Items = items;
    }

    public YamlNodeKind Kind { get; }

    /// <summary>1-based line of the node's first character.</summary>
    public int Line { get; }

    /// <summary>1-based column of the node's first character.</summary>
    public int Column { get; }

    /// <summary>The scalar's text (null for a mapping or a sequence).</summary>
    public string? Text { get; }

    /// <summary>True for a plain <c>null</c>, <c>~</c> or an empty value.</summary>
    public bool IsNull { get; }

    /// <summary>A mapping's keys and values, in file order (keys are scalars, each once).</summary>
    public IReadOnlyList<KeyValuePair<YamlNode, YamlNode>> Entries { get; }

    /// <summary>A sequence's items, in file order.</summary>
    public IReadOnlyList<YamlNode> Items { get; }

    /// <summary>What the node is, for error messages: "a list", "a mapping", "'abc'".</summary>
    public string Describe() => Kind switch
    {
        YamlNodeKind.Sequence => "a list",
        YamlNodeKind.Mapping => "a mapping",
        _ => IsNull ? "nothing" : $"'{Text}'",
    };

    public static YamlNode Scalar(int line, int column, string text, bool isNull) => new(YamlNodeKind.Scalar, line, column, text, isNull, [], []);

    public static YamlNode Sequence(int line, int column, IReadOnlyList<YamlNode> items) => new(YamlNodeKind.Sequence, line, column, null, false, [], items);

    public static YamlNode Mapping(int line, int column, IReadOnlyList<KeyValuePair<YamlNode, YamlNode>> entries) => new(YamlNodeKind.Mapping, line, column, null, false, entries, []);
}
