using System.Text;
using System.Text.Json.Nodes;
using Orchestrator.States.Model;

namespace Orchestrator.States.Parsing;

/// <summary>
/// Replaces <c>${Name}</c> inside string values with the value given for Name, as SAM's
/// DefinitionSubstitutions do. Placeholders appear only inside strings; keys are left alone.
/// A placeholder with no value is an error at the string's JSON path.
/// </summary>
internal static class Substitutions
{
    public static void Apply(JsonNode? node, string path, IReadOnlyDictionary<string, string> values, ParseContext context)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    if (child is JsonValue && JsonScalars.TryGetString(child, out var text) && text.Contains("${", StringComparison.Ordinal))
                    {
                        obj[key] = Replace(text, ParseContext.Member(path, key), values, context);
                    }
                    else
                    {
                        Apply(child, ParseContext.Member(path, key), values, context);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var itemPath = $"{path}[{i}]";
                    if (array[i] is JsonValue && JsonScalars.TryGetString(array[i], out var text) && text.Contains("${", StringComparison.Ordinal))
                    {
                        array[i] = Replace(text, itemPath, values, context);
                    }
                    else
                    {
                        Apply(array[i], itemPath, values, context);
                    }
                }

                break;
        }
    }

    private static string Replace(string text, string path, IReadOnlyDictionary<string, string> values, ParseContext context)
    {
        var result = new StringBuilder(text.Length);
        var position = 0;
        while (position < text.Length)
        {
            var start = text.IndexOf("${", position, StringComparison.Ordinal);
            var end = start < 0 ? -1 : text.IndexOf('}', start + 2);
            if (start < 0 || end < 0)
            {
                result.Append(text, position, text.Length - position);
                break;
            }

            result.Append(text, position, start - position);
            var name = text[(start + 2)..end];
            if (values.TryGetValue(name, out var value))
            {
                result.Append(value);
            }
            else
            {
                context.Add(path, $"No value was given for the substitution '${{{name}}}' (use --substitution {name}=VALUE).");
                result.Append(text, start, end + 1 - start);
            }

            position = end + 1;
        }

        return result.ToString();
    }
}
