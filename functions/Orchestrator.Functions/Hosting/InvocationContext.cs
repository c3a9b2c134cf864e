namespace Orchestrator.Functions.Hosting;

/// <summary>
/// What the Lambda Runtime API says about one invocation, from the headers of
/// <c>GET /2018-06-01/runtime/invocation/next</c> (AWS docs, "Using the Lambda runtime API for
/// custom runtimes").
/// </summary>
/// <param name="RequestId">Lambda-Runtime-Aws-Request-Id: names the invocation in /response and /error.</param>
/// <param name="DeadlineMs">Lambda-Runtime-Deadline-Ms: when the function times out, Unix time in
/// milliseconds; null when the header is missing or not a number.</param>
/// <param name="InvokedFunctionArn">Lambda-Runtime-Invoked-Function-Arn: the function, version or
/// alias that was invoked.</param>
/// <param name="TraceId">Lambda-Runtime-Trace-Id: the X-Ray tracing header, which the host also
/// puts in the <c>_X_AMZN_TRACE_ID</c> environment variable.</param>
public sealed record InvocationContext(
    string RequestId, long? DeadlineMs, string? InvokedFunctionArn, string? TraceId)
{
    private static readonly AsyncLocal<InvocationContext?> CurrentValue = new();

    /// <summary>
    /// The invocation the Native AOT host is running on this async flow; null under the managed
    /// runtime (which passes no context to a <c>Stream → Stream</c> handler) and outside an
    /// invocation. Decision handlers should not need it: it exists for diagnostics and logging.
    /// </summary>
    public static InvocationContext? Current
    {
        get => CurrentValue.Value;
        internal set => CurrentValue.Value = value;
    }
}
