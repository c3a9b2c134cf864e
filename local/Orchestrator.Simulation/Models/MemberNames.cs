using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Models;

/// <summary>
/// Converts between Step Functions' PascalCase parameter names and the API model's member names,
/// which for some services (ECS: <c>taskDefinition</c>, <c>launchType</c>) are camelCase.
/// </summary>
/// <remarks>
/// Step Functions docs ("Parameters in Step Functions are expressed in PascalCase"): even where the
/// native API is camelCase, aws-sdk integration parameters and results are PascalCase. Only
/// structure member names change; map keys (data such as SQS attribute names or tag maps) and
/// unknown members are kept as written, so the validator still reports unknown ones.
/// </remarks>
public static class MemberNames
{
    /// <summary>A copy of <paramref name="request"/> with member names as the model writes them (matched ignoring case).</summary>
    public static JsonObject ToModel(string service, string operation, JsonObject request)
    {
        var model = ApiModel.Load(service);
        return model.InputShape(operation) is { } shape
            ? (JsonObject)Convert(model, shape, request, toModel: true)
            : request.DeepClone().AsObject();
    }

    /// <summary>A copy of <paramref name="response"/> with every structure member name in PascalCase.</summary>
    public static JsonNode ToPascal(string service, string operation, JsonNode response)
    {
        var model = ApiModel.Load(service);
        return model.OutputShape(operation) is { } shape ? Convert(model, shape, response, toModel: false) : response.DeepClone();
    }

    private static JsonNode Convert(ApiModel model, string shapeName, JsonNode node, bool toModel)
    {
        var shape = model.Shape(shapeName)!;
        switch (shape["type"]!.GetValue<string>())
        {
            case "structure" when node is JsonObject obj:
                var members = shape["members"]?.AsObject() ?? [];
                var result = new JsonObject();
                foreach (var (name, value) in obj)
                {
                    var member = members.FirstOrDefault(m => string.Equals(m.Key, name, StringComparison.OrdinalIgnoreCase));
                    var newName = member.Key is null ? name : toModel ? member.Key : Pascal(member.Key);
                    result[newName] = value is null ? null
                        : member.Value is null ? value.DeepClone()
                        : Convert(model, member.Value["shape"]!.GetValue<string>(), value, toModel);
                }

                return result;
            case "list" when node is JsonArray array:
                var item = shape["member"]!["shape"]!.GetValue<string>();
                return new JsonArray(array.Select(e => e is null ? null : Convert(model, item, e, toModel)).ToArray());
            case "map" when node is JsonObject map:
                var valueShape = shape["value"]!["shape"]!.GetValue<string>();
                var converted = new JsonObject();
                foreach (var (key, value) in map)
                {
                    converted[key] = value is null ? null : Convert(model, valueShape, value, toModel);
                }

                return converted;
            default:
                return node.DeepClone();
        }
    }

    private static string Pascal(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
}
