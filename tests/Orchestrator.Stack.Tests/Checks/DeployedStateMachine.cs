using System.Text.Json.Nodes;

namespace Orchestrator.Stack.Tests.Checks;

/// <summary>An <c>AWS::Serverless::StateMachine</c> of the template with its definition file read
/// (null when DefinitionUri names no readable JSON file).</summary>
public sealed record DeployedStateMachine(string Id, JsonObject Properties, string? DefinitionPath, JsonNode? Definition)
{
    public JsonObject Substitutions => Properties["DefinitionSubstitutions"] as JsonObject ?? [];

    public static IEnumerable<DeployedStateMachine> All(StackTemplate template) =>
        template.ResourcesOfType("AWS::Serverless::StateMachine").Select(s => Read(template, s.Id, s.Properties));

    private static DeployedStateMachine Read(StackTemplate template, string id, JsonObject properties)
    {
        if (properties["DefinitionUri"]?.GetValueKind() != System.Text.Json.JsonValueKind.String)
        {
            return new(id, properties, null, null);
        }

        var path = Path.GetFullPath(Path.Combine(template.Directory, properties["DefinitionUri"]!.ToString()));
        try
        {
            return new(id, properties, path, JsonNode.Parse(File.ReadAllText(path)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            return new(id, properties, path, null);
        }
    }
}
