using System.Text.Json.Nodes;

namespace Orchestrator.States.Integrations;

/// <summary>
/// Runs Lambda handlers given as functions, in process and at once: the invoker behind the engine's
/// tests and in-process runs.
/// </summary>
/// <remarks>
/// <para>Functions are looked up by name; a function ARN, a partial ARN or a name with a
/// qualifier (<c>f:live</c>) all resolve to the name.</para>
/// <para>A handler that throws <see cref="StatesException"/> fails with that error; any other
/// exception fails the way Lambda reports an unhandled error: error = the exception's type name
/// (Lambda's errorType), cause = <c>{"errorMessage","errorType","stackTrace"}</c>. An unknown
/// function is Lambda.ResourceNotFoundException.</para>
/// </remarks>
public sealed class InProcessLambdaInvoker(IReadOnlyDictionary<string, Func<JsonNode?, JsonNode?>> functions) : ILambdaInvoker
{
    /// <summary>The function name in a name, a partial ARN or a full ARN, without qualifier.</summary>
    public static string FunctionName(string reference)
    {
        var parts = reference.Split(':');
        var at = Array.IndexOf(parts, "function");
        return at >= 0 && at + 1 < parts.Length ? parts[at + 1] : parts[0];
    }

    /// <inheritdoc/>
    public void Invoke(string function, JsonNode? payload, Action<LambdaInvocationResult> done) => done(Run(function, payload));

    private LambdaInvocationResult Run(string function, JsonNode? payload)
    {
        if (!functions.TryGetValue(FunctionName(function), out var handler))
        {
            return new LambdaInvocationResult(null, "Lambda.ResourceNotFoundException",
                $"Function not found: {function} (Service: AWSLambda; Status Code: 404; Error Code: ResourceNotFoundException; Request ID: 00000000-0000-0000-0000-000000000000; Proxy: null)");
        }

        try
        {
            return new LambdaInvocationResult(handler(payload?.DeepClone()), null, null);
        }
        catch (StatesException e)
        {
            return new LambdaInvocationResult(null, e.Error, e.Cause);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var type = e.GetType().Name;
            var cause = new JsonObject { ["errorMessage"] = e.Message, ["errorType"] = type, ["stackTrace"] = new JsonArray() };
            return new LambdaInvocationResult(null, type, cause.ToJsonString());
        }
    }
}
