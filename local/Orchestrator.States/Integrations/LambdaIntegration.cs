using System.Globalization;
using System.Text.Json.Nodes;

namespace Orchestrator.States.Integrations;

/// <summary>
/// Runs Lambda functions in process for both ways a Task can call one: a function ARN as the
/// Resource (result = the function's payload) and <c>arn:aws:states:::lambda:invoke</c> (result =
/// {ExecutedVersion, Payload, SdkHttpMetadata, SdkResponseMetadata, StatusCode}, as AWS returns it).
/// </summary>
/// <remarks>
/// <para>Functions are looked up by name; a function ARN, a partial ARN or a name with a
/// qualifier (<c>f:live</c>) all resolve to the name.</para>
/// <para>A handler that throws <see cref="StatesException"/> fails the task with that error; any
/// other exception fails it the way Lambda reports an unhandled error: error = the exception's
/// type name (Lambda's errorType), cause = <c>{"errorMessage","errorType","stackTrace"}</c>.
/// An unknown function is Lambda.ResourceNotFoundException.</para>
/// </remarks>
public sealed class LambdaIntegration : IServiceIntegration
{
    private readonly IReadOnlyDictionary<string, Func<JsonNode?, JsonNode?>> _functions;
    private readonly TimeSpan _latency;
    private long _requests;

    /// <summary>Creates the integration.</summary>
    /// <param name="functions">Handlers by function name.</param>
    /// <param name="latency">Virtual time each invocation takes (0 answers at once).</param>
    public LambdaIntegration(IReadOnlyDictionary<string, Func<JsonNode?, JsonNode?>> functions, TimeSpan latency = default)
    {
        _functions = functions;
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
        var target = direct ? invocation.Resource.Arn : invocation.Parameters?["FunctionName"]?.GetValue<string>() ?? string.Empty;
        var payload = direct ? invocation.Parameters : invocation.Parameters?["Payload"];
        var requestId = string.Create(CultureInfo.InvariantCulture, $"00000000-0000-4000-8000-{++_requests:x12}");
        if (_latency > TimeSpan.Zero)
        {
            invocation.Scheduler.Schedule(_latency, () => Answer(invocation, target, payload, direct, requestId));
        }
        else
        {
            Answer(invocation, target, payload, direct, requestId);
        }
    }

    /// <inheritdoc/>
    public void Cancel(TaskInvocation invocation, TaskCancellationReason reason)
    {
        // A running Lambda invocation cannot be stopped; its late answer is ignored by the engine.
    }

    /// <summary>The function name in a name, a partial ARN or a full ARN, without qualifier.</summary>
    public static string FunctionName(string reference)
    {
        var parts = reference.Split(':');
        var at = Array.IndexOf(parts, "function");
        return at >= 0 && at + 1 < parts.Length ? parts[at + 1] : parts[0];
    }

    private void Answer(TaskInvocation invocation, string target, JsonNode? payload, bool direct, string requestId)
    {
        if (!_functions.TryGetValue(FunctionName(target), out var handler))
        {
            invocation.Fail("Lambda.ResourceNotFoundException",
                $"Function not found: {target} (Service: AWSLambda; Status Code: 404; Error Code: ResourceNotFoundException; Request ID: {requestId}; Proxy: null)");
            return;
        }

        JsonNode? result;
        try
        {
            result = handler(payload?.DeepClone());
        }
        catch (StatesException e)
        {
            invocation.Fail(e.Error, e.Cause);
            return;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var type = e.GetType().Name;
            var cause = new JsonObject { ["errorMessage"] = e.Message, ["errorType"] = type, ["stackTrace"] = new JsonArray() };
            invocation.Fail(type, cause.ToJsonString());
            return;
        }

        invocation.Succeed(direct ? result : new JsonObject
        {
            ["ExecutedVersion"] = "$LATEST",
            ["Payload"] = result,
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
        });
    }
}
