using System.Text.Json.Nodes;
using Orchestrator.Simulation.Models;
using Orchestrator.Simulation.Services;
using Orchestrator.States.Integrations;

namespace Orchestrator.Simulation.Integrations;

/// <summary>
/// Makes one call to a simulated service for a Task state and answers the invocation after the API
/// latency: the response shaped by the caller, or the AWS error named in the
/// integration's style. Services that complete later (SQS long polling) answer when they complete.
/// </summary>
internal static class ServiceCall
{
    public static void Run(
        TaskInvocation invocation,
        ISimulatedService service,
        string operation,
        JsonObject request,
        ErrorStyle style,
        IntegrationOptions options,
        Func<JsonNode, JsonNode> shape)
    {
        if (service is IAsyncSimulatedService async)
        {
            Task<JsonNode> pending;
            try
            {
                pending = async.InvokeAsync(operation, request);
            }
            catch (AwsServiceException e)
            {
                Answer(invocation, options, () => Fail(invocation, e, style));
                return;
            }

            pending.ContinueWith(
                t => Answer(invocation, options, () => Complete(invocation, t, style, shape)),
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
            return;
        }

        JsonNode response;
        try
        {
            response = service.Invoke(operation, request);
        }
        catch (AwsServiceException e)
        {
            Answer(invocation, options, () => Fail(invocation, e, style));
            return;
        }

        var shaped = shape(response);
        Answer(invocation, options, () => invocation.Succeed(shaped));
    }

    /// <summary>The Step Functions error name and cause for an AWS error.</summary>
    public static (string Error, string Cause) Describe(AwsServiceException e, ErrorStyle style) => style == ErrorStyle.Sdk
        ? (AwsErrorNames.ForSdkIntegration(e.Service, e.Code), AwsErrorNames.SdkCause(e.Service, e.StatusCode, e.Message, e.RequestId))
        : (AwsErrorNames.ForOptimized(e.Service, e.Code), AwsErrorNames.OptimizedCause(e.Service, e.StatusCode, e.Code, e.Message, e.RequestId));

    private static void Complete(TaskInvocation invocation, Task<JsonNode> task, ErrorStyle style, Func<JsonNode, JsonNode> shape)
    {
        if (task.Exception?.InnerException is AwsServiceException e)
        {
            Fail(invocation, e, style);
        }
        else if (task.Exception is { } other)
        {
            invocation.Fail("States.TaskFailed", other.InnerException?.Message ?? other.Message);
        }
        else
        {
            invocation.Succeed(shape(task.Result));
        }
    }

    private static void Fail(TaskInvocation invocation, AwsServiceException e, ErrorStyle style)
    {
        var (error, cause) = Describe(e, style);
        invocation.Fail(error, cause);
    }

    private static void Answer(TaskInvocation invocation, IntegrationOptions options, Action answer) =>
        invocation.Scheduler.Schedule(options.ApiLatency, () =>
        {
            if (!invocation.IsFinished)
            {
                answer();
            }
        });
}
