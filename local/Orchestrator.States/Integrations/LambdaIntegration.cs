using System.Globalization;
using System.Text.Json.Nodes;

namespace Orchestrator.States.Integrations;

/// <summary>
/// Lambda from a Task state, for every caller (<c>run</c>, <c>simulate</c>, tests): a function ARN
/// as the Resource (the result is the function's payload) or <c>arn:aws:states:::lambda:invoke</c>
/// (the result is AWS's invoke answer: ExecutedVersion, Payload, SdkHttpMetadata with
/// AllHttpHeaders and HttpHeaders, SdkResponseMetadata, StatusCode, as recorded on AWS). Who runs
/// the function is the <see cref="ILambdaInvoker"/>'s business.
/// </summary>
/// <remarks>A function error fails the state with the invoker's error and cause, in both forms.
/// <c>lambda:invoke</c> without a string <c>FunctionName</c> fails with States.Runtime.</remarks>
public sealed class LambdaIntegration : IServiceIntegration
{
    private readonly ILambdaInvoker _invoker;
    private readonly TimeSpan _latency;
    private long _requests;

    /// <summary>The integration over an invoker (the simulated Lambda service answers in its own time).</summary>
    public LambdaIntegration(ILambdaInvoker invoker) => _invoker = invoker;

    /// <summary>The integration over in-process handlers (see <see cref="InProcessLambdaInvoker"/>),
    /// each answer arriving <paramref name="latency"/> of virtual time after the call.</summary>
    public LambdaIntegration(IReadOnlyDictionary<string, Func<JsonNode?, JsonNode?>> functions, TimeSpan latency = default)
    {
        _invoker = new InProcessLambdaInvoker(functions);
        _latency = latency;
    }

    /// <inheritdoc/>
    public bool CanInvoke(ResourceArn resource) =>
        resource.Kind == ResourceKind.LambdaFunction
        || (resource is { Kind: ResourceKind.Service, Service: "lambda", Action: "invoke", Pattern: IntegrationPattern.RequestResponse });

    /// <inheritdoc/>
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
            if (invocation.Parameters?["FunctionName"] is not JsonValue name || !name.TryGetValue<string>(out var text))
            {
                invocation.Fail(StatesErrorNames.Runtime, "lambda:invoke needs Parameters.FunctionName (a function name or ARN).");
                return;
            }

            function = text;
            payload = invocation.Parameters["Payload"];
        }

        var requestId = string.Create(CultureInfo.InvariantCulture, $"00000000-0000-4000-8000-{++_requests:x12}");
        if (_latency > TimeSpan.Zero)
        {
            invocation.Scheduler.Schedule(_latency, () => Call(invocation, function, payload, direct, requestId));
        }
        else
        {
            Call(invocation, function, payload, direct, requestId);
        }
    }

    private void Call(TaskInvocation invocation, string function, JsonNode? payload, bool direct, string requestId) =>
        _invoker.Invoke(function, payload, result =>
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

            var answer = result.Payload?.Parent is null ? result.Payload : result.Payload.DeepClone();
            invocation.Succeed(direct ? answer : InvokeAnswer(answer, requestId));
        });

    /// <inheritdoc/>
    public void Cancel(TaskInvocation invocation, TaskCancellationReason reason)
    {
        // A running Lambda invocation cannot be stopped; its late answer is ignored by the engine.
    }

    /// <summary>The <c>lambda:invoke</c> answer, in the shape recorded on AWS.</summary>
    private static JsonObject InvokeAnswer(JsonNode? payload, string requestId) => new()
    {
        ["ExecutedVersion"] = "$LATEST",
        ["Payload"] = payload,
        ["SdkHttpMetadata"] = new JsonObject
        {
            ["AllHttpHeaders"] = new JsonObject
            {
                ["X-Amz-Executed-Version"] = new JsonArray("$LATEST"),
                ["x-amzn-Remapped-Content-Length"] = new JsonArray("0"),
                ["Connection"] = new JsonArray("keep-alive"),
                ["x-amzn-RequestId"] = new JsonArray(requestId),
                ["Content-Type"] = new JsonArray("application/json"),
            },
            ["HttpHeaders"] = new JsonObject
            {
                ["Connection"] = "keep-alive",
                ["Content-Type"] = "application/json",
                ["X-Amz-Executed-Version"] = "$LATEST",
                ["x-amzn-Remapped-Content-Length"] = "0",
                ["x-amzn-RequestId"] = requestId,
            },
            ["HttpStatusCode"] = 200,
        },
        ["SdkResponseMetadata"] = new JsonObject { ["RequestId"] = requestId },
        ["StatusCode"] = 200,
    };
}
