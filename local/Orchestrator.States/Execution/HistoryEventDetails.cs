using System.Text.Json.Nodes;

namespace Orchestrator.States.Execution;

/// <summary>Which details member each event type carries, and what goes in it (stepfunctions
/// API model: HistoryEvent and its *EventDetails shapes).</summary>
internal static class HistoryEventDetails
{
    public static string? KeyFor(string type) => type switch
    {
        "ExecutionStarted" => "executionStartedEventDetails",
        "ExecutionSucceeded" => "executionSucceededEventDetails",
        "ExecutionFailed" => "executionFailedEventDetails",
        "ExecutionAborted" => "executionAbortedEventDetails",
        "ExecutionTimedOut" => "executionTimedOutEventDetails",
        "TaskScheduled" => "taskScheduledEventDetails",
        "TaskStarted" => "taskStartedEventDetails",
        "TaskSubmitted" => "taskSubmittedEventDetails",
        "TaskSucceeded" => "taskSucceededEventDetails",
        "TaskFailed" => "taskFailedEventDetails",
        "TaskTimedOut" => "taskTimedOutEventDetails",
        "LambdaFunctionScheduled" => "lambdaFunctionScheduledEventDetails",
        "LambdaFunctionSucceeded" => "lambdaFunctionSucceededEventDetails",
        "LambdaFunctionFailed" => "lambdaFunctionFailedEventDetails",
        "LambdaFunctionTimedOut" => "lambdaFunctionTimedOutEventDetails",
        "MapStateStarted" => "mapStateStartedEventDetails",
        "MapIterationStarted" => "mapIterationStartedEventDetails",
        "MapIterationSucceeded" => "mapIterationSucceededEventDetails",
        "MapIterationFailed" => "mapIterationFailedEventDetails",
        "MapIterationAborted" => "mapIterationAbortedEventDetails",
        _ when type.EndsWith("StateEntered", StringComparison.Ordinal) => "stateEnteredEventDetails",
        _ when type.EndsWith("StateExited", StringComparison.Ordinal) => "stateExitedEventDetails",
        _ => null,
    };

    public static JsonObject Build(HistoryEvent e)
    {
        var d = new JsonObject();
        if (e.Type.StartsWith("Task", StringComparison.Ordinal) && !e.Type.StartsWith("TaskState", StringComparison.Ordinal))
        {
            d["resourceType"] = e.ResourceType;
            d["resource"] = e.Resource;
        }

        if (e.Type == "LambdaFunctionScheduled")
        {
            d["resource"] = e.Resource;
        }

        if (e.Type.StartsWith("MapIteration", StringComparison.Ordinal))
        {
            d["name"] = e.Name;
            d["index"] = e.Index;
            return d;
        }

        if (e.Length is { } length)
        {
            d["length"] = length;
        }

        if (e.Type.EndsWith("StateEntered", StringComparison.Ordinal) || e.Type.EndsWith("StateExited", StringComparison.Ordinal))
        {
            d["name"] = e.Name;
        }

        if (e.Region is not null)
        {
            d["region"] = e.Region;
        }

        if (e.Parameters is not null || e.Type == "TaskScheduled")
        {
            d["parameters"] = Text(e.Parameters);
        }

        if (e.Input is not null || e.Type is "ExecutionStarted" or "LambdaFunctionScheduled" || e.Type.EndsWith("StateEntered", StringComparison.Ordinal))
        {
            d["input"] = Text(e.Input);
            d["inputDetails"] = new JsonObject { ["truncated"] = false };
        }

        if (e.HasOutput)
        {
            d["output"] = Text(e.Output);
            d["outputDetails"] = new JsonObject { ["truncated"] = false };
        }

        if (e.TimeoutInSeconds is { } timeout)
        {
            d["timeoutInSeconds"] = timeout;
        }

        if (e.HeartbeatInSeconds is { } heartbeat)
        {
            d["heartbeatInSeconds"] = heartbeat;
        }

        if (e.RoleArn is not null)
        {
            d["roleArn"] = e.RoleArn;
        }

        if (e.Error is not null)
        {
            d["error"] = e.Error;
        }

        if (e.Cause is not null)
        {
            d["cause"] = e.Cause;
        }

        return d;
    }

    private static string Text(JsonNode? node) => node?.ToJsonString() ?? "null";
}
