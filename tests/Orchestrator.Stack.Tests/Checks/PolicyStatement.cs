using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orchestrator.Stack.Tests.Checks;

/// <summary>One statement of an IAM policy in the template. A statement written as
/// <c>Fn::If</c> counts once per branch; <c>AWS::NoValue</c> branches are skipped.</summary>
/// <param name="Where">Resource id and statement index, for messages.</param>
/// <param name="Resources">The Resource items: literal strings or intrinsic functions.</param>
/// <param name="Node">The statement itself.</param>
public sealed record PolicyStatement(string Where, string Effect, IReadOnlyList<string> Actions, IReadOnlyList<JsonNode?> Resources, JsonObject Node)
{
    /// <summary>The statements of every policy the template declares: role inline policies and
    /// queue, topic and managed policies.</summary>
    public static IEnumerable<PolicyStatement> AllIn(StackTemplate template) =>
        template.Resources.SelectMany(r => r.Resource["Type"]?.ToString() switch
        {
            "AWS::IAM::Role" => OfRole(StackTemplate.PropertiesOf(r.Resource), r.Id),
            "AWS::SQS::QueuePolicy" or "AWS::SNS::TopicPolicy" or "AWS::IAM::ManagedPolicy" or "AWS::IAM::Policy" =>
                In(StackTemplate.PropertiesOf(r.Resource)["PolicyDocument"], r.Id),
            _ => [],
        });

    /// <summary>The statements of a role's inline policies (not its trust policy).</summary>
    public static IEnumerable<PolicyStatement> OfRole(JsonObject role, string where) =>
        (role["Policies"] as JsonArray ?? []).SelectMany((p, i) => In(p?["PolicyDocument"], $"{where}.Policies[{i}]"));

    public static IEnumerable<PolicyStatement> In(JsonNode? document, string where)
    {
        var statements = document?["Statement"] switch
        {
            JsonArray list => list.SelectMany(Branches),
            JsonObject one => Branches(one),
            _ => [],
        };
        return statements.Select((s, i) => new PolicyStatement(
            $"{where}.Statement[{(string?)s["Sid"] ?? i.ToString(System.Globalization.CultureInfo.InvariantCulture)}]",
            s["Effect"]?.ToString() ?? "",
            Strings(s["Action"]),
            s["Resource"] is JsonArray resources ? [.. resources.SelectMany(Branches<JsonNode>)] : [s["Resource"]],
            s));
    }

    /// <summary>Whether a Resource item is the literal <c>"*"</c>.</summary>
    public static bool IsStar(JsonNode? resource) => resource?.GetValueKind() == JsonValueKind.String && resource.ToString() == "*";

    private static IEnumerable<JsonObject> Branches(JsonNode? node) => Branches<JsonObject>(node);

    private static IEnumerable<T> Branches<T>(JsonNode? node) where T : JsonNode
    {
        if (node is JsonObject { Count: 1 } o && o["Fn::If"] is JsonArray { Count: 3 } branches)
        {
            return Branches<T>(branches[1]).Concat(Branches<T>(branches[2]));
        }

        if (node is JsonObject { Count: 1 } noValue && noValue["Ref"]?.ToString() == "AWS::NoValue")
        {
            return [];
        }

        return node is T t ? [t] : [];
    }

    private static string[] Strings(JsonNode? node) => node switch
    {
        JsonArray list => [.. list.Select(a => a?.ToString() ?? "")],
        null => [],
        _ => [node.ToString()],
    };
}
