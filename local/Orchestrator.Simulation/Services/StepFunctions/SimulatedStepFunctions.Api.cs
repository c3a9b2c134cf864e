using System.Text.Json;
using System.Text.Json.Nodes;
using Orchestrator.States;
using Orchestrator.States.Execution;

namespace Orchestrator.Simulation.Services.StepFunctions;

/// <summary>The aws-sdk face of the service: operations by the model's names and member names.</summary>
public sealed partial class SimulatedStepFunctions
{
    public JsonNode Invoke(string operation, JsonObject request)
    {
        try
        {
            return operation switch
            {
                "StartExecution" => Started(StartExecution(Text(request, "stateMachineArn"), ParseInput(request), Optional(request, "name"))),
                "DescribeExecution" => DescribeJson(Describe(Text(request, "executionArn"))),
                "StopExecution" => Stopped(Text(request, "executionArn"), Optional(request, "error"), Optional(request, "cause")),
                "ListExecutions" => List(Text(request, "stateMachineArn"), Optional(request, "statusFilter")),
                "SendTaskSuccess" => Callback(() => engine.SendTaskSuccess(Text(request, "taskToken"), ParseJson(Text(request, "output"), "output"))),
                "SendTaskFailure" => Callback(() => engine.SendTaskFailure(Text(request, "taskToken"), Optional(request, "error"), Optional(request, "cause"))),
                "SendTaskHeartbeat" => Callback(() => engine.SendTaskHeartbeat(Text(request, "taskToken"))),
                _ => throw new AwsServiceException("sfn", "UnknownOperationException", 400, $"The simulated Step Functions service does not implement {operation}."),
            };
        }
        catch (StatesException e)
        {
            throw new AwsServiceException("sfn", e.Error, 400, e.Cause);
        }
    }

    private static JsonObject Started(Execution e) => new() { ["executionArn"] = e.Arn, ["startDate"] = Timestamp(e.StartDate) };

    private JsonObject Stopped(string arn, string? error, string? cause)
    {
        var execution = Describe(arn);
        execution.Stop(error, cause);
        return new JsonObject { ["stopDate"] = Timestamp(execution.StopDate ?? engine.Scheduler.Now) };
    }

    private JsonObject List(string machineArn, string? status)
    {
        var items = new JsonArray();
        foreach (var e in _started.Where(e => e.StateMachineArn == machineArn && (status is null || e.Status.ToAwsName() == status)).Reverse())
        {
            items.Add(new JsonObject
            {
                ["executionArn"] = e.Arn, ["stateMachineArn"] = e.StateMachineArn, ["name"] = e.Name,
                ["status"] = e.Status.ToAwsName(), ["startDate"] = Timestamp(e.StartDate),
            });
        }

        return new JsonObject { ["executions"] = items };
    }

    private static JsonObject Callback(Action call)
    {
        call();
        return [];
    }

    private static JsonNode? ParseInput(JsonObject request) =>
        Optional(request, "input") is { } text ? ParseJson(text, "input") : new JsonObject();

    private static JsonNode? ParseJson(string text, string member)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException e)
        {
            throw new AwsServiceException("sfn", "InvalidExecutionInput", 400, $"Invalid State Machine Execution Input: '{member}' is not valid JSON: {e.Message}");
        }
    }

    private static string Text(JsonObject request, string member) =>
        Optional(request, member) ?? throw new AwsServiceException("sfn", "ValidationException", 400, $"1 validation error detected: Value null at '{member}' failed to satisfy constraint: Member must not be null");

    private static string? Optional(JsonObject request, string member) => request[member] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
