using System.Globalization;
using System.Text.Json.Nodes;

namespace Orchestrator.States.Execution;

/// <summary>Builds the context object <c>$$</c> for a state: Execution {Id, Input, Name, RoleArn,
/// StartTime, RedriveCount}, State {EnteredTime, Name, RetryCount}, StateMachine {Id, Name},
/// Task {Token} when there is one, Map {Item {Index, Value}} inside a Map's ItemSelector.</summary>
/// <remarks>Built only for states that read <c>$$</c> (and for Map item selection), since most
/// states never look at it; the execution input is copied in only for states whose context paths
/// may reach it (<see cref="Model.ContextReads"/>).</remarks>
internal static class ContextObject
{
    public static JsonObject Build(StateRun run, string? taskToken = null, int? itemIndex = null, JsonNode? itemValue = null)
    {
        var execution = run.Branch.Execution;
        var context = new JsonObject
        {
            ["Execution"] = new JsonObject
            {
                ["Id"] = execution.Arn,
                ["Input"] = run.State.ReadsExecutionInput ? execution.Input?.DeepClone() : null,
                ["Name"] = execution.Name,
                ["RoleArn"] = execution.RoleArn,
                ["StartTime"] = Format(execution.StartDate),
                ["RedriveCount"] = 0,
            },
            ["State"] = new JsonObject
            {
                ["EnteredTime"] = Format(run.EnteredTime),
                ["Name"] = run.State.Name,
                ["RetryCount"] = run.RetryCount,
            },
            ["StateMachine"] = new JsonObject
            {
                ["Id"] = execution.StateMachineArn,
                ["Name"] = execution.Options.StateMachineName,
            },
        };
        if (taskToken is not null)
        {
            context["Task"] = new JsonObject { ["Token"] = taskToken };
        }

        if (itemIndex is { } index)
        {
            context["Map"] = new JsonObject
            {
                ["Item"] = new JsonObject { ["Index"] = index, ["Value"] = itemValue?.DeepClone() },
            };
        }

        return context;
    }

    /// <summary>AWS writes context timestamps as ISO 8601 UTC with milliseconds.</summary>
    public static string Format(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
