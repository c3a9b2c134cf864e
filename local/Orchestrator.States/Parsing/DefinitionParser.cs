using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Orchestrator.States.Model;

namespace Orchestrator.States.Parsing;

/// <summary>Turns definition text into a <see cref="StateMachine"/>, or the list of everything
/// wrong with it. Never throws for a bad definition.</summary>
internal static class DefinitionParser
{
    /// <summary>AWS: a definition is at most 1 MB (1,048,576 bytes of UTF-8).</summary>
    public const int MaxDefinitionBytes = 1_048_576;

    public static StateMachine? Parse(string json, IReadOnlyDictionary<string, string>? substitutions, out IReadOnlyList<DefinitionError> errors)
    {
        try
        {
            return ParseChecked(json, substitutions, out errors);
        }
        catch (Exception e) when (e is not OutOfMemoryException and not StackOverflowException)
        {
            // A bad definition must never escape as an exception; this is the last safety net.
            errors = [new DefinitionError("$", $"The definition could not be parsed: {e.Message}")];
            return null;
        }
    }

    private static StateMachine? ParseChecked(string json, IReadOnlyDictionary<string, string>? substitutions, out IReadOnlyList<DefinitionError> errors)
    {
        var context = new ParseContext();
        errors = context.Errors;
        var size = Encoding.UTF8.GetByteCount(json);
        if (size > MaxDefinitionBytes)
        {
            context.Add("$", $"The definition is {size} bytes; Step Functions accepts at most {MaxDefinitionBytes} (1 MB).");
            return null;
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException e)
        {
            context.Add("$", $"INVALID_JSON_DESCRIPTION: Malformed JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}: {e.Message}");
            return null;
        }

        if (root is not JsonObject machine)
        {
            context.Add("$", "SCHEMA_VALIDATION_FAILED: A state machine definition must be a JSON object.");
            return null;
        }

        if (substitutions is not null)
        {
            Substitutions.Apply(machine, "$", substitutions, context);
        }

        var reader = new FieldReader(machine, "$", context);
        CheckQueryLanguage(reader);

        var timeout = reader.Integer("TimeoutSeconds", 1);
        var version = reader.String("Version");
        var comment = reader.String("Comment");
        var graph = GraphParser.Parse(machine, "$", context, StateFields.Machine, "a state machine");
        if (graph is null || context.Errors.Count > 0)
        {
            return null;
        }

        return new StateMachine(graph, machine, (int?)timeout, comment, version);
    }

    /// <summary>QueryLanguage, at the top or on a state: JSONPath (the default) is accepted,
    /// JSONata refused as a deliberate gap (recorded: a state may say <c>"QueryLanguage": "JSONPath"</c>).</summary>
    internal static void CheckQueryLanguage(FieldReader reader)
    {
        if (reader.String("QueryLanguage") is { } language && language != "JSONPath")
        {
            reader.Error("QueryLanguage", language == "JSONata"
                ? "QueryLanguage JSONata is not supported by this engine: write the definition in JSONPath."
                : $"SCHEMA_VALIDATION_FAILED: QueryLanguage must be JSONPath or JSONata, not '{language}'.");
        }
    }
}
