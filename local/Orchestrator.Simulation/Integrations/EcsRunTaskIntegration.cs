using System.Text.Json.Nodes;
using Orchestrator.Simulation.Models;
using Orchestrator.Simulation.Services;
using Orchestrator.Simulation.Services.Ecs;
using Orchestrator.States.Integrations;

namespace Orchestrator.Simulation.Integrations;

/// <summary>
/// <c>arn:aws:states:::ecs:runTask</c> and <c>ecs:runTask.sync</c> against the simulated ECS, as
/// AWS-FACTS.md describes the optimized integration.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>RunTask refused (throttling, "Capacity is unavailable…") → the error in the optimized style,
/// <c>ECS.AmazonECSException</c> unless the model names the code.</item>
/// <item>RunTask answering with Failures → <c>AmazonECS.Unknown</c>, the failures as cause.</item>
/// <item>.sync: the state ends when the task is STOPPED. Every container exited 0 → the Task
/// (PascalCase) is the result; otherwise (non-zero exit, failed to start, Spot reclaim) →
/// <c>States.TaskFailed</c> with the Task JSON as cause. The simulated task definitions mark every
/// container essential, so "every container" stands for "every essential container".</item>
/// <item>State timeout or execution stop → StopTask, as Step Functions does.</item>
/// </list>
/// </remarks>
public sealed class EcsRunTaskIntegration(SimulatedEcs ecs, IntegrationOptions? options = null) : IServiceIntegration
{
    private readonly IntegrationOptions _options = options ?? new IntegrationOptions();
    private readonly Dictionary<TaskInvocation, (string Cluster, string Task)> _running = [];
    private long _calls;

    public bool CanInvoke(ResourceArn resource) =>
        resource is { Kind: ResourceKind.Service, Service: "ecs", Action: "runTask", Pattern: IntegrationPattern.RequestResponse or IntegrationPattern.Sync };

    public void Invoke(TaskInvocation invocation)
    {
        var request = MemberNames.ToModel("ecs", "RunTask", invocation.Parameters as JsonObject ?? []);
        request["startedBy"] ??= "AWS Step Functions";
        JsonObject response;
        try
        {
            response = ecs.Invoke("RunTask", request).AsObject();
        }
        catch (AwsServiceException e)
        {
            var (error, cause) = ServiceCall.Describe(e, ErrorStyle.Optimized);
            Later(invocation, () => invocation.Fail(error, cause));
            return;
        }

        var pascal = MemberNames.ToPascal("ecs", "RunTask", response).AsObject();
        if (pascal["Failures"] is JsonArray { Count: > 0 } failures)
        {
            Later(invocation, () => invocation.Fail("AmazonECS.Unknown", new JsonObject { ["Failures"] = failures.DeepClone() }.ToJsonString()));
            return;
        }

        if (invocation.Resource.Pattern == IntegrationPattern.RequestResponse)
        {
            Later(invocation, () => invocation.Succeed(OptimizedIntegration.WithMetadata(pascal, ++_calls)));
            return;
        }

        var task = response["tasks"]![0]!.AsObject();
        var taskArn = task["taskArn"]!.GetValue<string>();
        _running[invocation] = (task["clusterArn"]?.GetValue<string>() ?? request["cluster"]?.GetValue<string>() ?? "default", taskArn);
        Later(invocation, () => invocation.Submitted(pascal));
        ecs.WhenStopped(taskArn, stopped => Later(invocation, () => Finish(invocation, stopped)));
    }

    public void Cancel(TaskInvocation invocation, TaskCancellationReason reason)
    {
        if (_running.Remove(invocation, out var task))
        {
            var why = reason == TaskCancellationReason.Timeout ? "state timed out" : "execution stopped";
            ecs.StopTask(task.Cluster, task.Task, $"Stopped by AWS Step Functions: {why}");
        }
    }

    private void Finish(TaskInvocation invocation, JsonObject stopped)
    {
        _running.Remove(invocation);
        var task = Pascal(stopped);
        var containers = task["Containers"] as JsonArray ?? [];
        var clean = containers.Count > 0 && containers.All(c => c?["ExitCode"] is JsonValue code && code.ToJsonString() == "0");
        var interrupted = task["StopCode"]?.GetValue<string>() is "SpotInterruption" or "TerminationNotice";
        if (clean && !interrupted)
        {
            invocation.Succeed(task);
        }
        else
        {
            invocation.Fail("States.TaskFailed", task.ToJsonString());
        }
    }

    private static JsonObject Pascal(JsonObject task) =>
        MemberNames.ToPascal("ecs", "DescribeTasks", new JsonObject { ["tasks"] = new JsonArray(task.DeepClone()) })["Tasks"]![0]!.AsObject();

    private void Later(TaskInvocation invocation, Action answer) =>
        invocation.Scheduler.Schedule(_options.ApiLatency, () =>
        {
            if (!invocation.IsFinished)
            {
                answer();
            }
        });
}
