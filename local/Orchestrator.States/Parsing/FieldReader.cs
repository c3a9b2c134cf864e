using System.Text.Json;
using System.Text.Json.Nodes;
using Orchestrator.States.Model;
using Orchestrator.States.Paths;

namespace Orchestrator.States.Parsing;

/// <summary>Reads typed fields of one JSON object, reporting each problem at its JSON path.</summary>
internal readonly struct FieldReader
{
    public FieldReader(JsonObject obj, string path, ParseContext context)
    {
        Object = obj;
        Path = path;
        Context = context;
    }

    public JsonObject Object { get; }

    public string Path { get; }

    public ParseContext Context { get; }

    public string At(string field) => ParseContext.Member(Path, field);

    public bool Has(string field) => Object.ContainsKey(field);

    public void Error(string field, string message) => Context.Add(At(field), message);

    /// <summary>Reports every field not in <paramref name="allowed"/>.</summary>
    public void RejectUnknown(IReadOnlySet<string> allowed, string owner)
    {
        foreach (var (name, _) in Object)
        {
            if (!allowed.Contains(name))
            {
                Context.Add(At(name), UnsupportedFields.Explain(name, owner));
            }
        }
    }

    public string? String(string field, bool required = false)
    {
        if (!Object.TryGetPropertyValue(field, out var node))
        {
            if (required)
            {
                Error(field, $"SCHEMA_VALIDATION_FAILED: The field '{field}' is required.");
            }

            return null;
        }

        if (JsonScalars.TryGetString(node, out var value))
        {
            return value;
        }

        Error(field, $"SCHEMA_VALIDATION_FAILED: The field '{field}' must be a string, not {Kind(node)}.");
        return null;
    }

    public long? Integer(string field, long min, long max = 99_999_999)
    {
        if (!Object.TryGetPropertyValue(field, out var node))
        {
            return null;
        }

        if (!JsonScalars.TryGetInteger(node, out var value) || value < min || value > max)
        {
            Error(field, $"SCHEMA_VALIDATION_FAILED: The field '{field}' must be an integer from {min} to {max}, not {Print(node)}.");
            return null;
        }

        return value;
    }

    public double? Number(string field, double min)
    {
        if (!Object.TryGetPropertyValue(field, out var node))
        {
            return null;
        }

        if (!JsonScalars.TryGetNumber(node, out var value) || value < min)
        {
            Error(field, $"SCHEMA_VALIDATION_FAILED: The field '{field}' must be a number not less than {min}, not {Print(node)}.");
            return null;
        }

        return value;
    }

    public bool? Boolean(string field)
    {
        if (!Object.TryGetPropertyValue(field, out var node))
        {
            return null;
        }

        if (JsonScalars.TryGetBoolean(node, out var value))
        {
            return value;
        }

        Error(field, $"SCHEMA_VALIDATION_FAILED: The field '{field}' must be true or false, not {Print(node)}.");
        return null;
    }

    public JsonPathExpression? JsonPath(string field, bool required = false)
    {
        var text = String(field, required);
        return text is null ? null : ParsePath(field, text);
    }

    public JsonPathExpression? ParsePath(string field, string text)
    {
        try
        {
            return JsonPathExpression.Parse(text);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            Error(field, $"INVALID_JSON_PATH: Invalid JSONPath '{text}': {e.Message}");
            return null;
        }
    }

    /// <summary>InputPath, OutputPath or ItemsPath: absent is <c>$</c>, null is <c>{}</c>.</summary>
    public InputOutputPath InputOutput(string field)
    {
        if (!Object.TryGetPropertyValue(field, out var node))
        {
            return InputOutputPath.Identity;
        }

        if (node is null)
        {
            return InputOutputPath.Null;
        }

        var path = JsonPath(field);
        return path is null ? InputOutputPath.Identity : InputOutputPath.Of(path);
    }

    /// <summary>ResultPath: absent is <c>$</c>, null discards; <c>$$</c> is not allowed.</summary>
    public ResultPathField ResultPath(string field = "ResultPath")
    {
        if (!Object.TryGetPropertyValue(field, out var node))
        {
            return ResultPathField.Replace;
        }

        if (node is null)
        {
            return ResultPathField.Discard;
        }

        var text = String(field);
        if (text is null)
        {
            return ResultPathField.Replace;
        }

        try
        {
            return ResultPathField.Of(ReferencePath.Parse(text), text);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            Error(field, $"INVALID_JSON_PATH: Invalid reference path '{text}': {e.Message}");
            return ResultPathField.Replace;
        }
    }

    /// <summary>Parameters, ResultSelector, ItemSelector: an object template.</summary>
    public PayloadTemplate? Template(string field)
    {
        if (!Object.TryGetPropertyValue(field, out var node))
        {
            return null;
        }

        if (node is not JsonObject)
        {
            Error(field, $"SCHEMA_VALIDATION_FAILED: The field '{field}' must be an object, not {Kind(node)}.");
            return null;
        }

        return ParseTemplate(field, node);
    }

    public PayloadTemplate? ParseTemplate(string field, JsonNode node)
    {
        try
        {
            return PayloadTemplate.Parse(node);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            Error(field, $"SCHEMA_VALIDATION_FAILED: {e.Message}");
            return null;
        }
    }

    public static string Kind(JsonNode? node) => JsonScalars.KindOf(node) switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    public static string Print(JsonNode? node) => node?.ToJsonString() ?? "null";
}
