using System.Text.Json.Nodes;

namespace Orchestrator.Stack.Tests.Checks;

/// <summary>One Task state of a definition: where it is, its Resource and its Parameters
/// (or Arguments).</summary>
public sealed record AslTask(string Path, string Resource, JsonObject? Parameters)
{
    /// <summary>Every Task state, in every nesting: Map ItemProcessor (or the older Iterator) and
    /// Parallel Branches (Amazon States Language specification).</summary>
    public static List<AslTask> All(JsonNode? definition)
    {
        var tasks = new List<AslTask>();
        Collect(definition as JsonObject, "$", tasks);
        return tasks;
    }

    private static void Collect(JsonObject? machine, string path, List<AslTask> tasks)
    {
        foreach (var (name, node) in machine?["States"] as JsonObject ?? [])
        {
            var state = node as JsonObject ?? [];
            var at = $"{path}.States.{name}";
            switch (state["Type"]?.ToString())
            {
                case "Task":
                    tasks.Add(new AslTask(at, state["Resource"]?.ToString() ?? "", (state["Parameters"] ?? state["Arguments"]) as JsonObject));
                    break;
                case "Map":
                    Collect((state["ItemProcessor"] ?? state["Iterator"]) as JsonObject, $"{at}.ItemProcessor", tasks);
                    break;
                case "Parallel":
                    var branches = state["Branches"] as JsonArray ?? [];
                    for (var i = 0; i < branches.Count; i++)
                    {
                        Collect(branches[i] as JsonObject, $"{at}.Branches[{i}]", tasks);
                    }

                    break;
            }
        }
    }
}
