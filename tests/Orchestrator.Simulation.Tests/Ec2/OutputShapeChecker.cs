using System.Text.Json.Nodes;
using Orchestrator.Simulation.Models;

namespace Orchestrator.Simulation.Tests.Ec2;

/// <summary>Walks a response against its operation's output shape in the AWS API model: members the model does not define, and required members missing.</summary>
internal static class OutputShapeChecker
{
    public static List<string> Problems(string service, string operation, JsonNode response)
    {
        var model = ApiModel.Load(service);
        var problems = new List<string>();
        Walk(model, model.OutputShape(operation)!, response, string.Empty, problems);
        return problems;
    }

    private static void Walk(ApiModel model, string shapeName, JsonNode? node, string path, List<string> problems)
    {
        var shape = model.Shape(shapeName)!;
        switch (shape["type"]!.GetValue<string>())
        {
            case "structure" when node is JsonObject obj:
                var members = shape["members"]!.AsObject();
                foreach (var required in shape["required"]?.AsArray() ?? [])
                {
                    if (obj[required!.GetValue<string>()] is null)
                    {
                        problems.Add($"{path}.{required} missing");
                    }
                }

                foreach (var (name, value) in obj)
                {
                    if (members[name] is not JsonObject member)
                    {
                        problems.Add($"{path}.{name} unknown");
                    }
                    else if (value is not null)
                    {
                        Walk(model, member["shape"]!.GetValue<string>(), value, $"{path}.{name}", problems);
                    }
                }

                break;
            case "structure":
                problems.Add($"{path} should be an object");
                break;
            case "list" when node is JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(model, shape["member"]!["shape"]!.GetValue<string>(), array[i], $"{path}[{i}]", problems);
                }

                break;
            case "list":
                problems.Add($"{path} should be an array");
                break;
            case "string" when node is JsonValue v && v.TryGetValue<string>(out var s):
                if (shape["enum"] is JsonArray values && !values.Any(e => e!.GetValue<string>() == s))
                {
                    problems.Add($"{path} = '{s}' is not one of the enum values");
                }

                break;
            case "string":
                problems.Add($"{path} should be a string");
                break;
            default:
                break;
        }
    }
}
