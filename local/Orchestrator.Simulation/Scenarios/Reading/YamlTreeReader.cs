using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Orchestrator.Simulation.Scenarios.Reading;

/// <summary>
/// Reads a scenario file's YAML into a tree of <see cref="YamlNode"/>s with their lines, refusing
/// what a deserializer would silently accept: a key given twice in one mapping, several documents,
/// a key that is not plain text.
/// </summary>
/// <remarks>Anchors and aliases (<c>&amp;a</c>, <c>*a</c>) are resolved to the anchored node; an
/// alias to an unknown anchor is an error. An empty file is an error too.</remarks>
public static class YamlTreeReader
{
    public static YamlNode Read(string yaml)
    {
        try
        {
            var parser = new Parser(new StringReader(yaml));
            var anchors = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            parser.Consume<StreamStart>();
            if (!parser.TryConsume<DocumentStart>(out _))
            {
                throw new ScenarioException("The scenario file is empty.");
            }

            var root = ReadNode(parser, anchors);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var next))
            {
                throw new ScenarioException($"line {next.Start.Line}: a scenario file holds one YAML document; remove the second '---'.");
            }

            return root;
        }
        catch (YamlException e)
        {
            var why = (e.InnerException?.Message ?? e.Message).Replace("While parsing a", "in a", StringComparison.Ordinal);
            throw new ScenarioException($"line {e.Start.Line}, column {e.Start.Column}: invalid scenario YAML: {why}", e);
        }
    }

    private static YamlNode ReadNode(IParser parser, Dictionary<string, YamlNode> anchors)
    {
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            return anchors.TryGetValue(alias.Value.Value, out var target)
                ? target
                : throw new ScenarioException($"line {alias.Start.Line}: the alias *{alias.Value.Value} names no anchor.");
        }

        YamlNode node;
        AnchorName anchor;
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            anchor = scalar.Anchor;
            var isNull = scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";
            node = YamlNode.Scalar(Line(scalar.Start), Column(scalar.Start), scalar.Value, isNull);
        }
        else if (parser.TryConsume<SequenceStart>(out var sequence))
        {
            anchor = sequence.Anchor;
            var items = new List<YamlNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(ReadNode(parser, anchors));
            }

            node = YamlNode.Sequence(Line(sequence.Start), Column(sequence.Start), items);
        }
        else
        {
            var mapping = parser.Consume<MappingStart>();
            anchor = mapping.Anchor;
            node = YamlNode.Mapping(Line(mapping.Start), Column(mapping.Start), ReadEntries(parser, anchors));
        }

        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = node;
        }

        return node;
    }

    private static List<KeyValuePair<YamlNode, YamlNode>> ReadEntries(IParser parser, Dictionary<string, YamlNode> anchors)
    {
        var entries = new List<KeyValuePair<YamlNode, YamlNode>>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var key = ReadNode(parser, anchors);
            if (key.Kind != YamlNodeKind.Scalar)
            {
                throw new ScenarioException($"line {key.Line}: a key must be a plain name, not {key.Describe()}.");
            }

            if (seen.TryGetValue(key.Text!, out var first))
            {
                throw new ScenarioException($"line {key.Line}: the key '{key.Text}' is given twice in the same mapping (first on line {first}).");
            }

            seen[key.Text!] = key.Line;
            entries.Add(new(key, ReadNode(parser, anchors)));
        }

        return entries;
    }

    private static int Line(Mark mark) => (int)mark.Line;

    private static int Column(Mark mark) => (int)mark.Column;
}
