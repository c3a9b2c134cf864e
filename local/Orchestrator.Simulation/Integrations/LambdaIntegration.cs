using System.Text.Json.Nodes;
using Orchestrator.Simulation.Services.Lambda;
using Orchestrator.States.Integrations;

namespace Orchestrator.Simulation.Integrations;

/// <summary>
/// Lambda from a Task state: a function ARN as the resource (the result is the function's payload),
/// or <c>arn:aws:states:::lambda:invoke</c> (the result is AWS's invoke answer: ExecutedVersion,
/// Payload, SdkHttpMetadata, SdkResponseMetadata, StatusCode). A function error fails the state with
/// the function's errorType as the error and the runtime's error JSON as the cause, in both forms.
/// </summary>
public sealed class LambdaIntegration(SimulatedLambda lambda) : IServiceIntegration
{
    private long _calls;

    public bool CanInvoke(ResourceArn resource) =>
        resource.Kind == ResourceKind.LambdaFunction
        || resource is { Kind: ResourceKind.Service, Service: "lambda", Action: "invoke", Pattern: IntegrationPattern.RequestResponse };

    public void Invoke(TaskInvocation invocation)
    {
        var direct = invocation.Resource.Kind == ResourceKind.LambdaFunction;
        string function;
        JsonNode? payload;
        if (direct)
        {
            function = invocation.Resource.Arn;
            payload = invocation.Parameters;
        }
        else
        {
            var parameters = invocation.Parameters as JsonObject ?? [];
            if (parameters["FunctionName"] is not JsonValue name || !name.TryGetValue<string>(out var text))
            {
                invocation.Fail("States.Runtime", "lambda:invoke needs Parameters.FunctionName (a function name or ARN).");
                return;
            }

            function = text;
            payload = parameters["Payload"];
        }

        var call = ++_calls;
        lambda.Invoke(function, payload, result =>
        {
            if (invocation.IsFinished)
            {
                return;
            }

            if (!result.Succeeded)
            {
                invocation.Fail(result.Error!, result.Cause);
                return;
            }

            invocation.Succeed(direct ? result.Payload?.DeepClone() : InvokeAnswer(result.Payload, call));
        });
    }

    public void Cancel(TaskInvocation invocation, TaskCancellationReason reason)
    {
        // A running function cannot be stopped; its answer is ignored.
    }

    private static JsonObject InvokeAnswer(JsonNode? payload, long call)
    {
        var answer = new JsonObject { ["ExecutedVersion"] = "$LATEST", ["Payload"] = payload?.DeepClone() };
        OptimizedIntegration.WithMetadata(answer, call);
        answer["StatusCode"] = 200;
        return answer;
    }
}
