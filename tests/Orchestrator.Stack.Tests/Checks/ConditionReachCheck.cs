using System.Text.Json.Nodes;

namespace Orchestrator.Stack.Tests.Checks;

/// <summary>
/// For every combination of the values the template's Conditions compare (each AllowedValue, or empty
/// and set for a free parameter): a resource or output that exists refers only to resources that exist
/// (CloudFormation refuses the stack otherwise), and a table, role, bucket, log group or queue that
/// other resources use is not left without any of them (a table nothing reads, still in the outputs).
/// </summary>
public static class ConditionReachCheck
{
    /// <summary>Types that do nothing on their own, only for the resources that use them (an alarm or a rule
    /// acts by itself even when nothing names it).</summary>
    private static readonly HashSet<string> UsedOnly =
        ["AWS::DynamoDB::Table", "AWS::IAM::Role", "AWS::S3::Bucket", "AWS::Logs::LogGroup", "AWS::SQS::Queue"];

    public static IEnumerable<string> Problems(StackTemplate template)
    {
        // One problem per entry and target, with the first combination that shows it.
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        var usedSomewhere = new HashSet<string>(StringComparer.Ordinal);
        var combinations = Combinations(template).ToList();
        var seen = new List<(HashSet<string> Exists, Dictionary<string, HashSet<string>> Users, string Values)>();
        foreach (var values in combinations)
        {
            var logic = new CfnLogic(template, values);
            var exists = template.Resources.Where(r => Exists(logic, r.Resource)).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            var users = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            var label = string.Join(", ", values.Select(v => $"{v.Key}={v.Value.ToJsonString()}"));
            foreach (var (section, id, entry) in Entries(template))
            {
                if ((section == "Resources" && !exists.Contains(id)) || (section == "Outputs" && !Exists(logic, entry)))
                {
                    continue;
                }

                foreach (var target in Targets(logic, entry, $"{section}.{id}").Where(t => template.Resource(t) is not null))
                {
                    if (!exists.Contains(target))
                    {
                        problems.TryAdd($"{section}.{id}>{target}", $"{section}.{id} refers to {target}, which does not exist with {label}.");
                    }
                    else if (section == "Resources")
                    {
                        usedSomewhere.Add(target);
                        (users.TryGetValue(target, out var set) ? set : users[target] = new(StringComparer.Ordinal)).Add(id);
                    }
                }
            }

            seen.Add((exists, users, label));
        }

        foreach (var (exists, users, label) in seen)
        {
            foreach (var orphan in exists.Where(id => usedSomewhere.Contains(id) && !users.ContainsKey(id) && UsedOnly.Contains(template.Resource(id)!["Type"]!.ToString())))
            {
                problems.TryAdd(orphan, $"Resources.{orphan} exists with {label}, where no resource uses it: give it their condition.");
            }
        }

        return problems.Values.Order(StringComparer.Ordinal);
    }

    private static bool Exists(CfnLogic logic, JsonObject entry) =>
        entry["Condition"]?.ToString() is not { } condition || logic.Condition(condition);

    private static IEnumerable<(string Section, string Id, JsonObject Entry)> Entries(StackTemplate template) =>
        template.Resources.Select(r => ("Resources", r.Id, r.Resource))
            .Concat(template.Section("Outputs").Select(o => ("Outputs", o.Key, o.Value as JsonObject ?? [])));

    /// <summary>The resources an entry names, following only the taken branch of each Fn::If.</summary>
    private static IEnumerable<string> Targets(CfnLogic logic, JsonNode? node, string where)
    {
        switch (node)
        {
            case JsonArray array:
                return array.SelectMany((e, i) => Targets(logic, e, $"{where}[{i}]"));
            case JsonObject { Count: 1 } o when o.First().Key == "Fn::If" && o.First().Value is JsonArray { Count: 3 } args:
                return Targets(logic, logic.Condition(args[0]!.ToString()) ? args[1] : args[2], where);
            case JsonObject { Count: 1 } o when o.First().Key is "Ref" or "Fn::GetAtt" or "Fn::Sub":
                return ReferenceWalker.Collect(o, where).Where(r => r.Kind != "Condition").Select(r => r.Target);
            case JsonObject o:
                return o.Where(p => p.Key != "Condition").SelectMany(p => Targets(logic, p.Value, $"{where}.{p.Key}"));
            default:
                return [];
        }
    }

    /// <summary>Every combination of values for the parameters the Conditions section reads.</summary>
    private static IEnumerable<Dictionary<string, JsonNode>> Combinations(StackTemplate template)
    {
        var names = ReferenceWalker.Collect(template.Section("Conditions"), "Conditions")
            .Where(r => r.Kind == "Ref").Select(r => r.Target).Distinct().Order(StringComparer.Ordinal).ToList();
        var choices = names.Select(n => Choices(template.Section("Parameters")[n] as JsonObject ?? [])).ToList();
        IEnumerable<Dictionary<string, JsonNode>> all = [new(StringComparer.Ordinal)];
        for (var i = 0; i < names.Count; i++)
        {
            var (name, options) = (names[i], choices[i]);
            all = all.SelectMany(partial => options.Select(option => new Dictionary<string, JsonNode>(partial, StringComparer.Ordinal) { [name] = JsonValue.Create(option) }));
        }

        return all;
    }

    private static List<string> Choices(JsonObject parameter) =>
        parameter["AllowedValues"] is JsonArray allowed ? [.. allowed.Select(v => v!.ToString())] : ["", "set"];
}
