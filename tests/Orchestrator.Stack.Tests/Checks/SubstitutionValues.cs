using System.Text.Json.Nodes;

namespace Orchestrator.Stack.Tests.Checks;

/// <summary>
/// The strings a state machine's DefinitionSubstitutions become for one set of parameter values: the
/// settings its decision functions parse at run time. <c>Ref</c> of a parameter gives its value (a list
/// joined by <c>Fn::Join</c>); <c>Fn::Sub</c> fills parameters and pseudo parameters; <c>Fn::If</c> takes the
/// branch its condition picks (<see cref="CfnLogic"/>); a resource's <c>Ref</c> or <c>Fn::GetAtt</c> gives a
/// stand-in name, since resources exist only once deployed.
/// </summary>
public static class SubstitutionValues
{
    private static readonly Dictionary<string, string> Pseudo = new(StringComparer.Ordinal)
    {
        ["AWS::Region"] = "us-east-1", ["AWS::AccountId"] = "123456789012", ["AWS::Partition"] = "aws",
        ["AWS::URLSuffix"] = "amazonaws.com", ["AWS::StackName"] = "orchestrator",
    };

    public static Dictionary<string, string?> Of(StackTemplate template, string stateMachine, IReadOnlyDictionary<string, JsonNode> parameters)
    {
        var logic = new CfnLogic(template, parameters);
        var substitutions = StackTemplate.PropertiesOf(template.Resource(stateMachine)!)["DefinitionSubstitutions"]!.AsObject();
        return substitutions.ToDictionary(p => p.Key, p => (string?)Text(Value(template, logic, parameters, p.Value!)), StringComparer.Ordinal);
    }

    private static JsonNode Value(StackTemplate template, CfnLogic logic, IReadOnlyDictionary<string, JsonNode> parameters, JsonNode node)
    {
        if (node is not JsonObject { Count: 1 } call)
        {
            return node.DeepClone();
        }

        var (function, argument) = call.First();
        return function switch
        {
            "Ref" when parameters.TryGetValue(argument!.ToString(), out var value) => value.DeepClone(),
            "Ref" => JsonValue.Create(Pseudo.GetValueOrDefault(argument!.ToString(), $"{argument}-deployed")),
            "Fn::GetAtt" => JsonValue.Create($"arn:aws:deployed:{argument!.ToJsonString()}"),
            "Fn::If" => Value(template, logic, parameters, logic.Condition(argument![0]!.ToString()) ? argument[1]! : argument[2]!),
            "Fn::Join" => JsonValue.Create(string.Join(argument![0]!.ToString(), Value(template, logic, parameters, argument[1]!).AsArray().Select(Text))),
            "Fn::Sub" => JsonValue.Create(string.Concat(ReferenceWalker.PlaceholdersIn(argument!.ToString()).Aggregate(argument.ToString(),
                (text, name) => text.Replace("${" + name + "}", Text(Value(template, logic, parameters, new JsonObject { ["Ref"] = name })), StringComparison.Ordinal)))),
            _ => throw new InvalidDataException($"DefinitionSubstitutions: {function} is not evaluated here."),
        };
    }

    private static string Text(JsonNode? node) => node is JsonArray list ? string.Join(",", list.Select(Text)) : node?.ToString() ?? "";
}
