using System.Text.Json.Nodes;

namespace Orchestrator.Cli;

/// <summary>
/// The <c>${Name}</c> placeholders of a definition (SAM DefinitionSubstitutions), each with its JSON
/// path and the state that holds it, so <c>run</c> can refuse the ones nothing fills.
/// </summary>
/// <remarks>Placeholders are looked for inside string values only, as SAM substitutes them. The state
/// is the innermost one: a placeholder inside a Map's ItemProcessor belongs to the nested state, not
/// to the Map. A placeholder outside every state (a top-level Comment) has no state.</remarks>
public static class DefinitionPlaceholders
{
    /// <summary>One placeholder occurrence.</summary>
    /// <param name="Name">The name between <c>${</c> and <c>}</c>.</param>
    /// <param name="Path">JSON path of the string, as the definition errors print it.</param>
    /// <param name="State">The innermost state holding it, or null.</param>
    /// <param name="StateType">That state's <c>Type</c> (Task, Pass…), or null.</param>
    public sealed record Occurrence(string Name, string Path, string? State, string? StateType);

    /// <summary>Every placeholder of the definition, in document order.</summary>
    public static IReadOnlyList<Occurrence> Find(JsonNode? definition)
    {
        var found = new List<Occurrence>();
        Walk(definition, "$", null, null, false, found);
        return found;
    }

    private static void Walk(JsonNode? node, string path, string? state, string? type, bool isStatesMap, List<Occurrence> found)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    var childType = isStatesMap ? (child?["Type"] is JsonValue t && t.TryGetValue(out string? name) ? name : null) : type;
                    Walk(child, Member(path, key), isStatesMap ? key : state, childType, !isStatesMap && key == "States", found);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], $"{path}[{i}]", state, type, false, found);
                }

                break;
            case JsonValue value when value.TryGetValue(out string? text):
                AddAll(text, path, state, type, found);
                break;
        }
    }

    private static void AddAll(string text, string path, string? state, string? type, List<Occurrence> found)
    {
        var position = 0;
        while (text.IndexOf("${", position, StringComparison.Ordinal) is var start and >= 0
            && text.IndexOf('}', start + 2) is var end and >= 0)
        {
            found.Add(new Occurrence(text[(start + 2)..end], path, state, type));
            position = end + 1;
        }
    }

    private static string Member(string parent, string name) =>
        name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? $"{parent}.{name}"
            : $"{parent}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";
}
