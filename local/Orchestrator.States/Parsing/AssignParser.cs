using System.Text.Json.Nodes;
using Orchestrator.States.Paths;

namespace Orchestrator.States.Parsing;

/// <summary>
/// Reads an <c>Assign</c> field (JSONPath workflow variables): an object whose keys are variable
/// names, a key ending in <c>.$</c> taking a path or intrinsic as in Parameters, any other value
/// stored as written (a string such as <c>"$x"</c> stays a string, as recorded on AWS).
/// </summary>
/// <remarks>A variable name starts with a letter or <c>_</c> and holds letters, digits and
/// <c>_</c> (the characters a <c>$name</c> reference can spell).</remarks>
internal static class AssignParser
{
    public static PayloadTemplate? Read(FieldReader reader)
    {
        if (!reader.Object.TryGetPropertyValue("Assign", out var node))
        {
            return null;
        }

        if (node is not JsonObject assign)
        {
            reader.Error("Assign", $"SCHEMA_VALIDATION_FAILED: The field 'Assign' must be an object of variable names, not {FieldReader.Kind(node)}.");
            return null;
        }

        foreach (var (key, _) in assign)
        {
            var name = key.EndsWith(".$", StringComparison.Ordinal) ? key[..^2] : key;
            if (!IsVariableName(name))
            {
                reader.Error("Assign", $"SCHEMA_VALIDATION_FAILED: '{name}' is not a valid variable name (a letter or '_', then letters, digits or '_').");
            }
        }

        return reader.ParseTemplate("Assign", assign);
    }

    private static bool IsVariableName(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
