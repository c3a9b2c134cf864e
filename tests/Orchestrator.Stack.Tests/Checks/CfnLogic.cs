using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orchestrator.Stack.Tests.Checks;

/// <summary>
/// Evaluates the template's <c>Conditions</c> and <c>Rules</c> for one set of parameter values, with the
/// functions CloudFormation allows there: <c>Ref</c> (a parameter), <c>Condition</c>, <c>Fn::And</c>,
/// <c>Fn::Or</c>, <c>Fn::Not</c>, <c>Fn::Equals</c>, and in rules <c>Fn::Contains</c>,
/// <c>Fn::EachMemberIn</c>, <c>Fn::EachMemberEquals</c> (CloudFormation template reference, "Condition
/// functions" and "Rule functions"). A function it does not know is an error, not a guess.
/// </summary>
/// <remarks>Parameter values are strings, or lists of strings for <c>List&lt;…&gt;</c> and
/// <c>CommaDelimitedList</c> parameters. Rule functions have no numeric comparison and no arithmetic,
/// which is why sums of parameters are bounded by MaxValue instead (docs/DEPLOY.md).</remarks>
public sealed class CfnLogic(StackTemplate template, IReadOnlyDictionary<string, JsonNode> parameters)
{
    /// <summary>The value of a condition named in the Conditions section.</summary>
    public bool Condition(string name) =>
        Bool(template.Section("Conditions")[name] ?? throw new InvalidDataException($"Conditions.{name} does not exist."), $"Conditions.{name}");

    /// <summary>The AssertDescription of every rule assertion these values break (empty: CloudFormation accepts them).</summary>
    public List<string> Refusals()
    {
        var refused = new List<string>();
        foreach (var (name, rule) in template.Section("Rules"))
        {
            if (rule?["RuleCondition"] is { } when && !Bool(when, $"Rules.{name}.RuleCondition"))
            {
                continue;
            }

            foreach (var assertion in rule?["Assertions"]?.AsArray() ?? [])
            {
                if (!Bool(assertion!["Assert"]!, $"Rules.{name}.Assert"))
                {
                    refused.Add(assertion["AssertDescription"]?.ToString() ?? $"Rules.{name}");
                }
            }
        }

        return refused;
    }

    /// <summary>Evaluates <paramref name="node"/> to true or false.</summary>
    public bool Bool(JsonNode node, string where) =>
        Value(node, where) is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False
            ? v.GetValue<bool>()
            : throw new InvalidDataException($"{where}: does not evaluate to true or false.");

    private JsonNode Value(JsonNode? node, string where)
    {
        if (node is not JsonObject { Count: 1 } call)
        {
            return node?.DeepClone() ?? throw new InvalidDataException($"{where}: null.");
        }

        var (function, argument) = call.First();
        var at = $"{where}.{function}";
        var args = argument as JsonArray;
        return function switch
        {
            "Ref" => parameters.TryGetValue(argument!.ToString(), out var value) ? value.DeepClone() : throw new InvalidDataException($"{at}: no value for parameter {argument}."),
            "Condition" => Condition(argument!.ToString()),
            "Fn::And" => Arguments(args, at, 2, 10).All(a => Bool(a.Node, a.Where)),
            "Fn::Or" => Arguments(args, at, 2, 10).Any(a => Bool(a.Node, a.Where)),
            "Fn::Not" => !Bool(Arguments(args, at, 1, 1)[0].Node, $"{at}[0]"),
            "Fn::Equals" => Pair(args, at) is var (x, y) && Text(x, at) == Text(y, at),
            "Fn::Contains" => Pair(args, at) is var (list, item) && Strings(list, at).Contains(Text(item, at)),
            "Fn::EachMemberIn" => Pair(args, at) is var (members, allowed) && Strings(members, at).All(Strings(allowed, at).Contains),
            "Fn::EachMemberEquals" => Pair(args, at) is var (all, one) && Strings(all, at).All(m => m == Text(one, at)),
            _ => throw new InvalidDataException($"{at}: {function} is not evaluated here (only the condition and rule functions this template uses)."),
        };
    }

    private static List<(JsonNode Node, string Where)> Arguments(JsonArray? args, string at, int min, int max) =>
        args is not null && args.Count >= min && args.Count <= max
            ? [.. args.Select((a, i) => (a!, $"{at}[{i}]"))]
            : throw new InvalidDataException($"{at}: takes {min}–{max} arguments in a list.");

    private (JsonNode, JsonNode) Pair(JsonArray? args, string at)
    {
        var two = Arguments(args, at, 2, 2);
        return (Value(two[0].Node, two[0].Where), Value(two[1].Node, two[1].Where));
    }

    private static string Text(JsonNode node, string at) =>
        node is JsonValue v ? v.ToString() : throw new InvalidDataException($"{at}: expected a string, got {node.ToJsonString()}.");

    private static List<string> Strings(JsonNode node, string at) =>
        node is JsonArray list ? [.. list.Select(e => Text(e!, at))] : throw new InvalidDataException($"{at}: expected a list of strings, got {node.ToJsonString()}.");
}
