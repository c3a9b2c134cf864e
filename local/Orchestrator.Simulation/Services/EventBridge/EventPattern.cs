using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.EventBridge;

/// <summary>
/// An EventBridge event pattern, parsed once, that tells whether an event matches it — per AWS's
/// "Amazon EventBridge event patterns" and "Content filtering in Amazon EventBridge event patterns"
/// (docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-patterns-content-based-filtering.html).
/// </summary>
/// <remarks>
/// <para>Fields present in the pattern must all match (AND); the values in a field's array are
/// alternatives (OR); an event array matches when any of its elements matches; fields the pattern
/// does not name are ignored. Exact values are strings, numbers (compared as numbers), booleans and
/// null. Operators: <c>prefix</c>, <c>suffix</c> (each optionally <c>{"equals-ignore-case": …}</c>),
/// <c>equals-ignore-case</c>, <c>anything-but</c> (value, list, <c>prefix</c>, <c>suffix</c>,
/// <c>equals-ignore-case</c>, <c>wildcard</c>), <c>numeric</c>, <c>exists</c>, <c>cidr</c>,
/// <c>wildcard</c>, and <c>$or</c> at any object level (see <see cref="PatternOperators"/>).</para>
/// <para>Every operator except <c>exists: false</c> needs the field to be present, as AWS documents
/// for <c>anything-but</c> too. Invalid patterns throw <see cref="InvalidEventPatternException"/>
/// naming the field path.</para>
/// </remarks>
public sealed class EventPattern
{
    private readonly PatternObject _root;

    private EventPattern(PatternObject root, string text)
    {
        _root = root;
        Text = text;
    }

    /// <summary>The pattern's JSON text, as given.</summary>
    public string Text { get; }

    /// <summary>Parses a pattern.</summary>
    /// <exception cref="InvalidEventPatternException">The text is not a valid event pattern; the message says why and where.</exception>
    public static EventPattern Parse(string json)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            throw new InvalidEventPatternException($"Event pattern is not valid. Reason: not valid JSON ({e.Message})", e);
        }

        if (node is not JsonObject obj)
        {
            throw Invalid("the pattern must be a JSON object", "$");
        }

        return new EventPattern(ParseObject(obj, string.Empty), json);
    }

    /// <summary>Parses a pattern; false with the reason when it is invalid.</summary>
    public static bool TryParse(string json, [NotNullWhen(true)] out EventPattern? pattern, [NotNullWhen(false)] out string? error)
    {
        try
        {
            pattern = Parse(json);
            error = null;
            return true;
        }
        catch (InvalidEventPatternException e)
        {
            pattern = null;
            error = e.Message;
            return false;
        }
    }

    /// <summary>Whether <paramref name="evt"/> (a full event envelope, or any JSON object) matches.</summary>
    public bool Matches(JsonNode? evt) => evt is JsonObject obj && _root.Matches(obj);

    /// <inheritdoc/>
    public override string ToString() => Text;

    internal static InvalidEventPatternException Invalid(string reason, string path) =>
        new($"Event pattern is not valid. Reason: {reason} at {(path.Length == 0 ? "$" : path)}");

    private static PatternObject ParseObject(JsonObject obj, string path)
    {
        var result = new PatternObject();
        foreach (var (name, value) in obj)
        {
            var at = path.Length == 0 ? name : $"{path}.{name}";
            if (name == "$or")
            {
                result.Ors.Add(ParseOr(value, at));
                continue;
            }

            switch (value)
            {
                case JsonObject child:
                    result.Objects[name] = ParseObject(child, at);
                    break;
                case JsonArray values:
                    result.Leaves[name] = values.Select((v, i) => PatternOperators.Parse(v, $"{at}[{i}]")).ToList();
                    break;
                default:
                    throw Invalid($"\"{name}\" must be an object or an array, not {value?.ToJsonString() ?? "null"}", at);
            }
        }

        return result;
    }

    private static List<PatternObject> ParseOr(JsonNode? value, string path)
    {
        if (value is not JsonArray alternatives || alternatives.Count < 2)
        {
            throw Invalid("$or must be an array of at least two objects", path);
        }

        return alternatives.Select((a, i) => a is JsonObject o
            ? ParseObject(o, path[..^3].TrimEnd('.'))
            : throw Invalid("each $or alternative must be an object", $"{path}[{i}]")).ToList();
    }
}
