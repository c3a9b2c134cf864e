using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orchestrator.Stack.Tests.Checks;

/// <summary>
/// Every state machine is STANDARD (ecs:runTask.sync needs it: Express workflows support neither
/// .sync nor .waitForTaskToken), has a DefinitionUri file under statemachines/, logs to CloudWatch
/// Logs and traces with X-Ray; every <c>${Name}</c> in its definition has a DefinitionSubstitutions
/// entry and every entry is used. Every statemachines/*.asl.json is deployed by some state machine.
/// </summary>
public static class StateMachineCheck
{
    public static IEnumerable<string> Problems(StackTemplate template)
    {
        var problems = new List<string>();
        var deployed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var machine in DeployedStateMachine.All(template))
        {
            var id = machine.Id;
            var p = machine.Properties;
            if (p["Type"]?.ToString() != "STANDARD")
            {
                problems.Add($"{id}: Type must be STANDARD, not '{p["Type"]}'.");
            }

            if (p["Logging"] is not JsonObject { } logging || logging["Level"] is null || logging["Destinations"] is not JsonArray { Count: > 0 })
            {
                problems.Add($"{id}: Logging needs a Level and a CloudWatch Logs destination.");
            }

            if (p["Tracing"]?["Enabled"]?.GetValueKind() != JsonValueKind.True)
            {
                problems.Add($"{id}: Tracing.Enabled must be true.");
            }

            if (machine.Definition is null)
            {
                problems.Add($"{id}: DefinitionUri '{p["DefinitionUri"]}' is not a readable JSON file.");
                continue;
            }

            deployed.Add(machine.DefinitionPath!);
            var placeholders = Placeholders(machine.Definition).ToHashSet(StringComparer.Ordinal);
            var keys = machine.Substitutions.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
            problems.AddRange(placeholders.Except(keys).Order(StringComparer.Ordinal)
                .Select(name => $"{id}: ${{{name}}} in {p["DefinitionUri"]} has no DefinitionSubstitutions entry."));
            problems.AddRange(keys.Except(placeholders).Order(StringComparer.Ordinal)
                .Select(name => $"{id}: DefinitionSubstitutions.{name} is not used by {p["DefinitionUri"]}."));
        }

        var folder = Path.Combine(template.Directory, "statemachines");
        foreach (var file in Directory.EnumerateFiles(folder, "*.asl.json").Select(Path.GetFullPath).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (!deployed.Contains(file))
            {
                problems.Add($"statemachines/{name} is not deployed by any AWS::Serverless::StateMachine (docs/DEPLOY.md, \"Adding a workflow\").");
            }
        }

        return problems;
    }

    /// <summary>The <c>${Name}</c> placeholders in the definition's strings, where SAM puts them.</summary>
    public static IEnumerable<string> Placeholders(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Placeholders(p.Value)),
        JsonArray a => a.SelectMany(Placeholders),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => ReferenceWalker.PlaceholdersIn(v.ToString()),
        _ => [],
    };
}
