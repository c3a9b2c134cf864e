using System.Text.Json;

namespace Orchestrator.Functions.Hosting;

/// <summary>
/// Health-check functions for the hosting itself, deployable like any other function. They make
/// no decision: they prove that events arrive, answers leave and errors are reported.
/// </summary>
public static class Diagnostics
{
    /// <summary>The trace header environment variable the host sets per invocation.</summary>
    public const string TraceIdVariable = "_X_AMZN_TRACE_ID";

    /// <summary>Answers the event unchanged after checking it is one JSON value; malformed JSON
    /// throws <see cref="JsonException"/>, which the host reports as a function error.</summary>
    public static Stream Echo(Stream input)
    {
        var element = JsonSerializer.Deserialize(input, HostingJsonContext.Default.JsonElement);
        return Serialize(element, HostingJsonContext.Default.JsonElement);
    }

    /// <summary>Answers what the host knows about the current invocation (request id, deadline,
    /// function ARN, trace header) and the <c>_X_AMZN_TRACE_ID</c> variable. The event is read
    /// and ignored. Under the managed runtime only the trace variable is known.</summary>
    public static async Task<Stream> Context(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        await input.CopyToAsync(Stream.Null).ConfigureAwait(false);
        var context = InvocationContext.Current;
        var report = new ContextReport(
            context?.RequestId,
            context?.DeadlineMs,
            context?.InvokedFunctionArn,
            context?.TraceId,
            Environment.GetEnvironmentVariable(TraceIdVariable));
        return Serialize(report, HostingJsonContext.Default.ContextReport);
    }

    /// <summary>Always throws <see cref="InvalidOperationException"/>, so error reporting can be
    /// checked end to end. The message quotes up to 200 characters of the event.</summary>
    public static Stream Fail(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var reader = new StreamReader(input);
        var text = reader.ReadToEnd();
        var quoted = text.Length > 200 ? text[..200] + "…" : text;
        throw new InvalidOperationException($"Diagnostics.Fail was invoked with event: {quoted}");
    }

    private static MemoryStream Serialize<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info)
    {
        var stream = new MemoryStream();
        JsonSerializer.Serialize(stream, value, info);
        stream.Position = 0;
        return stream;
    }
}
