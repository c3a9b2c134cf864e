using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orchestrator.States.Parsing;

/// <summary>
/// Checks a definition's JSON before it is parsed: well-formed JSON, an object with
/// <c>StartAt</c> and <c>States</c>. The full structural checks belong to the parser.
/// </summary>
public static class DefinitionValidator
{
    /// <summary>Every problem found in <paramref name="json"/>; empty when it is valid.</summary>
    public static IReadOnlyList<DefinitionError> Validate(string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException e)
        {
            return [new DefinitionError("$", $"Malformed JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}: {e.Message}")];
        }

        if (root is not JsonObject machine)
        {
            return [new DefinitionError("$", "A state machine definition must be a JSON object.")];
        }

        var errors = new List<DefinitionError>();
        if (machine["StartAt"] is not JsonValue start || !start.TryGetValue<string>(out _))
        {
            errors.Add(new DefinitionError("$.StartAt", "Missing or not a string."));
        }

        if (machine["States"] is not JsonObject states || states.Count == 0)
        {
            errors.Add(new DefinitionError("$.States", "Missing, empty, or not an object."));
        }

        return errors;
    }
}
