using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orchestrator.Stack.Tests.Checks;

/// <summary>
/// Every resource type and every property name, nested property types included, exists in the
/// CloudFormation spec (<see cref="CfnSpec"/>), or is a listed <see cref="NewerProperties"/> entry.
/// SAM's <c>Globals.Function</c> is checked as <c>AWS::Serverless::Function</c> properties.
/// Values written with intrinsic functions are not looked into, except both branches of <c>Fn::If</c>.
/// </summary>
public static class SpecCheck
{
    public static IEnumerable<string> Problems(StackTemplate template)
    {
        var problems = new List<string>();
        foreach (var (id, resource) in template.Resources)
        {
            var type = resource["Type"]?.ToString() ?? "";
            if (!CfnSpec.Instance.HasResourceType(type))
            {
                problems.Add($"{id}: resource type '{type}' is not in the CloudFormation spec {CfnSpec.Instance.Version}.");
                continue;
            }

            CheckProperties(type, type, StackTemplate.PropertiesOf(resource), id, problems);
        }

        if (template.Section("Globals")["Function"] is JsonObject globals)
        {
            CheckProperties("AWS::Serverless::Function", "AWS::Serverless::Function", globals, "Globals.Function", problems);
        }

        return problems;
    }

    /// <summary><paramref name="owner"/> is the resource type or <c>Type.PropertyType</c> whose properties these are.</summary>
    private static void CheckProperties(string resourceType, string owner, JsonObject properties, string where, List<string> problems)
    {
        var propertyType = owner == resourceType ? null : CfnSpec.Instance.PropertyType(resourceType, owner[(owner.LastIndexOf('.') + 1)..]);
        if (owner != resourceType && propertyType is null)
        {
            problems.Add($"{where}: property type '{owner}' is not in the CloudFormation spec {CfnSpec.Instance.Version}.");
            return;
        }

        foreach (var (name, value) in properties)
        {
            JsonElement? definition = propertyType is { } pt
                ? pt.TryGetProperty("Properties", out var all) && all.TryGetProperty(name, out var d) ? d : null
                : CfnSpec.Instance.ResourceProperty(resourceType, name);
            if (NewerProperties.Allowed.ContainsKey($"{owner}/{name}"))
            {
                continue;
            }

            if (definition is null)
            {
                problems.Add($"{where}.{name}: '{owner}' has no property '{name}' in the CloudFormation spec {CfnSpec.Instance.Version}.");
                continue;
            }

            CheckValue(resourceType, definition.Value, value, $"{where}.{name}", problems);
        }
    }

    private static void CheckValue(string resourceType, JsonElement definition, JsonNode? value, string where, List<string> problems)
    {
        if (value is JsonObject { Count: 1 } call && call.First().Key is var fn && (fn == "Ref" || fn.StartsWith("Fn::", StringComparison.Ordinal)))
        {
            if (fn == "Fn::If" && call[fn] is JsonArray { Count: 3 } branches)
            {
                CheckValue(resourceType, definition, branches[1], where, problems);
                CheckValue(resourceType, definition, branches[2], where, problems);
            }

            return;
        }

        var type = Text(definition, "Type");
        var itemType = Text(definition, "ItemType");
        if (type is "List" && itemType is not null && value is JsonArray items)
        {
            foreach (var item in items)
            {
                CheckValue(resourceType, Struct(itemType), item, where, problems);
            }
        }
        else if (type is "Map" && itemType is not null && value is JsonObject map)
        {
            foreach (var (_, item) in map)
            {
                CheckValue(resourceType, Struct(itemType), item, where, problems);
            }
        }
        else if (type is not null and not "List" and not "Map" && value is JsonObject nested)
        {
            CheckProperties(resourceType, $"{resourceType}.{type}", nested, where, problems);
        }
        else if (definition.TryGetProperty("Types", out var choices) && value is JsonObject choice)
        {
            // SAM's "one of these property types" (DefinitionUri, CodeUri as S3Location…): the first that fits.
            var attempts = choices.EnumerateArray().Select(c => Attempt(resourceType, c.GetString()!, choice, where)).ToList();
            if (attempts.All(a => a.Count > 0))
            {
                problems.AddRange(attempts[0]);
            }
        }
    }

    private static List<string> Attempt(string resourceType, string typeName, JsonObject value, string where)
    {
        var problems = new List<string>();
        CheckProperties(resourceType, $"{resourceType}.{typeName}", value, where, problems);
        return problems;
    }

    /// <summary>A definition that says "a value of property type <paramref name="name"/>".</summary>
    private static JsonElement Struct(string name) => JsonDocument.Parse($"{{\"Type\":\"{name}\"}}").RootElement;

    private static string? Text(JsonElement definition, string name) =>
        definition.TryGetProperty(name, out var value) ? value.GetString() : null;
}
