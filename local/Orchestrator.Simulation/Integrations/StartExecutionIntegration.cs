using System.Text.Json;
using System.Text.Json.Nodes;
using Orchestrator.Simulation.Services;
using Orchestrator.Simulation.Services.StepFunctions;
using Orchestrator.States.Execution;
using Orchestrator.States.Integrations;

namespace Orchestrator.Simulation.Integrations;

/// <summary>
/// <c>arn:aws:states:::states:startExecution</c>, <c>.sync</c> and <c>.sync:2</c> on the simulated
/// Step Functions service. Request-response answers ExecutionArn and StartDate; .sync answers the
/// child's DescribeExecution with Input and Output as strings, .sync:2 with them parsed. A child
/// that does not succeed fails the state with <c>States.TaskFailed</c> and the DescribeExecution JSON
/// (with the child's Error and Cause) as cause. Stopping the parent stops a .sync child.
/// </summary>
public sealed class StartExecutionIntegration(SimulatedStepFunctions stepFunctions, IntegrationOptions? options = null) : IServiceIntegration
{
    private readonly IntegrationOptions _options = options ?? new IntegrationOptions();
    private readonly Dictionary<TaskInvocation, Execution> _children = [];
    private long _calls;

    public bool CanInvoke(ResourceArn resource) =>
        resource is { Kind: ResourceKind.Service, Service: "states", Action: "startExecution" }
        && resource.Pattern != IntegrationPattern.WaitForTaskToken;

    public void Invoke(TaskInvocation invocation)
    {
        var parameters = invocation.Parameters as JsonObject ?? [];
        Execution child;
        try
        {
            var arn = parameters["StateMachineArn"] is JsonValue v && v.TryGetValue<string>(out var s) ? s
                : throw new AwsServiceException("sfn", "ValidationException", 400, "StateMachineArn is required.");
            var input = parameters["Input"] switch
            {
                JsonValue text when text.TryGetValue<string>(out var json) => Parse(json),
                null => new JsonObject(),
                var node => node.DeepClone(),
            };
            var name = parameters["Name"] is JsonValue n && n.TryGetValue<string>(out var given) ? given : null;
            child = stepFunctions.StartExecution(arn, input, name);
        }
        catch (AwsServiceException e)
        {
            Later(invocation, () => invocation.Fail($"StepFunctions.{e.Code}Exception", $"{e.Message} (Service: AWSStepFunctions; Status Code: {e.StatusCode}; Error Code: {e.Code}; Request ID: {e.RequestId}; Proxy: null)"));
            return;
        }

        if (invocation.Resource.Pattern == IntegrationPattern.RequestResponse)
        {
            var answer = new JsonObject { ["ExecutionArn"] = child.Arn, ["StartDate"] = SimulatedStepFunctions.Timestamp(child.StartDate) };
            Later(invocation, () => invocation.Succeed(OptimizedIntegration.WithMetadata(answer, ++_calls)));
            return;
        }

        _children[invocation] = child;
        if (child.IsFinished)
        {
            Later(invocation, () => Finish(invocation, child));
        }
        else
        {
            child.Completed += (_, _) => Later(invocation, () => Finish(invocation, child));
        }
    }

    public void Cancel(TaskInvocation invocation, TaskCancellationReason reason)
    {
        if (_children.Remove(invocation, out var child))
        {
            child.Stop("States.Aborted", "The parent execution stopped.");
        }
    }

    private void Finish(TaskInvocation invocation, Execution child)
    {
        _children.Remove(invocation);
        var describe = Pascal(SimulatedStepFunctions.DescribeJson(child));
        if (invocation.Resource.Pattern == IntegrationPattern.Sync2)
        {
            describe["Input"] = child.Input?.DeepClone();
            describe["Output"] = child.Output?.DeepClone();
        }

        if (child.Status == ExecutionStatus.Succeeded)
        {
            invocation.Succeed(describe);
        }
        else
        {
            invocation.Fail("States.TaskFailed", describe.ToJsonString());
        }
    }

    private static JsonObject Pascal(JsonObject describe)
    {
        var answer = new JsonObject();
        foreach (var (key, value) in describe)
        {
            answer[char.ToUpperInvariant(key[0]) + key[1..]] = value?.DeepClone();
        }

        return answer;
    }

    private static JsonNode? Parse(string json)
    {
        try
        {
            return JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            throw new AwsServiceException("sfn", "InvalidExecutionInput", 400, $"Invalid State Machine Execution Input: {e.Message}");
        }
    }

    private void Later(TaskInvocation invocation, Action answer) =>
        invocation.Scheduler.Schedule(_options.ApiLatency, () =>
        {
            if (!invocation.IsFinished)
            {
                answer();
            }
        });
}
