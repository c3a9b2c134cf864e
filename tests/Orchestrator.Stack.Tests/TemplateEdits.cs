using System.Text.Json.Nodes;

namespace Orchestrator.Stack.Tests;

/// <summary>Small edits of a template copy, for the negative tests.</summary>
internal static class TemplateEdits
{
    /// <summary>The queue drain state machine's role.</summary>
    public const string DrainRole = "QueueDrainStateMachineRole";

    /// <summary>The queue drain lane state machine's role (it runs the ECS tasks).</summary>
    public const string LaneRole = "QueueDrainLaneStateMachineRole";

    public static JsonObject Properties(JsonObject root, string resource) =>
        root["Resources"]![resource]!["Properties"]!.AsObject();

    /// <summary>The statement with <paramref name="sid"/> of the role's first inline policy.</summary>
    public static JsonObject Statement(JsonObject root, string role, string sid) =>
        Properties(root, role)["Policies"]![0]!["PolicyDocument"]!["Statement"]!.AsArray()
            .Single(s => (string?)s!["Sid"] == sid)!.AsObject();

    public static void RenameKey(JsonObject o, string from, string to)
    {
        var value = o[from];
        o.Remove(from);
        o[to] = value;
    }
}
