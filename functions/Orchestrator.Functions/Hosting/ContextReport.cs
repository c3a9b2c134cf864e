using System.Text.Json.Serialization;

namespace Orchestrator.Functions.Hosting;

/// <summary>What <see cref="Diagnostics.Context"/> answers: the invocation context the host saw,
/// and the <c>_X_AMZN_TRACE_ID</c> environment variable at the time of the call.</summary>
public sealed record ContextReport(
    [property: JsonPropertyName("requestId")] string? RequestId,
    [property: JsonPropertyName("deadlineMs")] long? DeadlineMs,
    [property: JsonPropertyName("invokedFunctionArn")] string? InvokedFunctionArn,
    [property: JsonPropertyName("traceId")] string? TraceId,
    [property: JsonPropertyName("traceIdEnvironment")] string? TraceIdEnvironment);
