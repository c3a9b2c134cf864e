using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Models;

/// <summary>
/// Checks a request against its operation's input shape in the AWS API model: unknown members,
/// missing required members, JSON types, min/max (string length, list/map size, number range),
/// enum values, and union structures (exactly one member) — recursively, each problem naming its
/// path (<c>Entries[3].Id</c>, <c>Attributes.VisibilityTimeout</c>).
/// </summary>
/// <remarks>
/// <para>Messages follow botocore's client-side validation wording (e.g. "Missing required
/// parameter in input: \"QueueUrl\""), which AWS SDK users know. A JSON <c>null</c> counts as absent,
/// as the SDKs treat an unset member. Timestamps accept epoch seconds or an ISO-8601 string; blobs a
/// (base64) string. Not checked: <c>pattern</c> (the models' regexes are Java-flavoured), and limits
/// the model does not state (e.g. SQS MaxNumberOfMessages 1–10): the simulated service checks those
/// with the service's own error.</para>
/// </remarks>
public static class RequestValidator
{
    /// <summary>The problems with <paramref name="request"/> for <paramref name="service"/>'s <paramref name="operation"/>; empty when valid.</summary>
    /// <exception cref="ArgumentException">The service has no model, or the model has no such operation.</exception>
    public static IReadOnlyList<string> Validate(string service, string operation, JsonObject request) =>
        Check(service, operation, request).Select(p => p.Message).ToList();

    /// <summary>As <see cref="Validate"/>, with each problem's kind and path.</summary>
    /// <exception cref="ArgumentException">The service has no model, or the model has no such operation.</exception>
    public static IReadOnlyList<ValidationProblem> Check(string service, string operation, JsonObject request)
    {
        var model = ApiModel.Load(service);
        if (model.FindOperation(operation) is null)
        {
            throw new ArgumentException(
                $"Service '{service}' has no operation '{operation}' in its AWS API model.", nameof(operation));
        }

        var problems = new List<ValidationProblem>();
        if (model.InputShape(operation) is { } input)
        {
            ValidateStructure(model, model.Shape(input)!, request, string.Empty, problems);
        }
        else if (request.Count > 0)
        {
            problems.Add(new(ValidationProblemKind.Unknown, request.First().Key, $"Unknown parameter in input: \"{request.First().Key}\", must be one of: (none)"));
        }

        return problems;
    }

    private static void ValidateNode(ApiModel model, string shapeName, JsonNode node, string path, List<ValidationProblem> problems)
    {
        var shape = model.Shape(shapeName) ?? throw new InvalidOperationException($"Model shape '{shapeName}' is missing.");
        var type = shape["type"]!.GetValue<string>();
        switch (type)
        {
            case "structure" when node is JsonObject obj:
                ValidateStructure(model, shape, obj, path, problems);
                break;
            case "list" when node is JsonArray array:
                CheckSize(shape, array.Count, path, "length", problems);
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } item)
                    {
                        ValidateNode(model, shape["member"]!["shape"]!.GetValue<string>(), item, $"{path}[{i}]", problems);
                    }
                }

                break;
            case "map" when node is JsonObject map:
                CheckSize(shape, map.Count, path, "length", problems);
                foreach (var (key, value) in map)
                {
                    ValidateNode(model, shape["key"]!["shape"]!.GetValue<string>(), JsonValue.Create(key), $"{path}.{key}", problems);
                    if (value is not null)
                    {
                        ValidateNode(model, shape["value"]!["shape"]!.GetValue<string>(), value, $"{path}.{key}", problems);
                    }
                }

                break;
            case "string" or "blob" when Kind(node) == JsonValueKind.String:
                var text = node.GetValue<string>();
                CheckSize(shape, text.Length, path, "length", problems);
                if (shape["enum"] is JsonArray values && !values.Any(v => v!.GetValue<string>() == text))
                {
                    problems.Add(new(ValidationProblemKind.Enum, path, $"Invalid value for parameter {path}, value: {text}, valid values: {string.Join(", ", values)}"));
                }

                break;
            case "integer" or "long" or "double" or "float" when Kind(node) == JsonValueKind.Number:
                ValidateNumber(shape, type, node, path, problems);
                break;
            case "boolean" when Kind(node) is JsonValueKind.True or JsonValueKind.False:
                break;
            case "timestamp" when Kind(node) == JsonValueKind.Number
                || (Kind(node) == JsonValueKind.String && DateTimeOffset.TryParse(node.GetValue<string>(), CultureInfo.InvariantCulture, out _)):
                break;
            case "document":
                break;
            default:
                problems.Add(new(ValidationProblemKind.Type, path, $"Invalid type for parameter {path}, value: {Print(node)}, type: {Kind(node)}, valid types: {type}"));
                break;
        }
    }

    private static void ValidateStructure(ApiModel model, JsonObject shape, JsonObject obj, string path, List<ValidationProblem> problems)
    {
        var members = shape["members"]?.AsObject() ?? [];
        var prefix = path.Length == 0 ? string.Empty : path + ".";
        foreach (var required in shape["required"]?.AsArray() ?? [])
        {
            var name = required!.GetValue<string>();
            if (obj[name] is null)
            {
                problems.Add(new(ValidationProblemKind.Missing, prefix + name, $"Missing required parameter in input: \"{prefix}{name}\""));
            }
        }

        var present = 0;
        foreach (var (name, value) in obj)
        {
            if (members[name] is not JsonObject member)
            {
                problems.Add(new(ValidationProblemKind.Unknown, prefix + name, $"Unknown parameter in input: \"{prefix}{name}\", must be one of: {string.Join(", ", members.Select(m => m.Key))}"));
            }
            else if (value is not null)
            {
                present++;
                ValidateNode(model, member["shape"]!.GetValue<string>(), value, prefix + name, problems);
            }
        }

        if (shape["union"]?.GetValue<bool>() == true && present != 1)
        {
            problems.Add(new(ValidationProblemKind.Union, path, $"Invalid number of parameters set for tagged union structure {(path.Length == 0 ? "input" : path)}. Can only set one of the following keys: {string.Join(", ", members.Select(m => m.Key))}."));
        }
    }

    private static void ValidateNumber(JsonObject shape, string type, JsonNode node, string path, List<ValidationProblem> problems)
    {
        var raw = node.ToJsonString();
        if (!decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            problems.Add(new(ValidationProblemKind.Type, path, $"Invalid type for parameter {path}, value: {raw}, type: Number, valid types: {type}"));
            return;
        }

        var integral = type is "integer" or "long";
        if (integral && (decimal.Truncate(number) != number
            || number < (type == "integer" ? int.MinValue : long.MinValue)
            || number > (type == "integer" ? int.MaxValue : long.MaxValue)))
        {
            problems.Add(new(ValidationProblemKind.Type, path, $"Invalid type for parameter {path}, value: {raw}, type: Number, valid types: {type}"));
            return;
        }

        if (shape["min"] is { } min && number < min.GetValue<decimal>())
        {
            problems.Add(new(ValidationProblemKind.Range, path, $"Invalid value for parameter {path}, value: {raw}, valid min value: {min}"));
        }

        if (shape["max"] is { } max && number > max.GetValue<decimal>())
        {
            problems.Add(new(ValidationProblemKind.Range, path, $"Invalid value for parameter {path}, value: {raw}, valid max value: {max}"));
        }
    }

    private static void CheckSize(JsonObject shape, int size, string path, string what, List<ValidationProblem> problems)
    {
        if (shape["min"] is { } min && size < min.GetValue<long>())
        {
            problems.Add(new(ValidationProblemKind.Range, path, $"Invalid {what} for parameter {path}, value: {size}, valid min {what}: {min}"));
        }

        if (shape["max"] is { } max && size > max.GetValue<long>())
        {
            problems.Add(new(ValidationProblemKind.Range, path, $"Invalid {what} for parameter {path}, value: {size}, valid max {what}: {max}"));
        }
    }

    private static JsonValueKind Kind(JsonNode node) => node.GetValueKind();

    private static string Print(JsonNode node)
    {
        var text = node.ToJsonString();
        return text.Length <= 60 ? text : text[..57] + "...";
    }
}
