namespace Orchestrator.Functions.Hosting;

/// <summary>
/// The Lambda Runtime API loop that the Native AOT executable runs (runtime provided.al2023):
/// pick the function named by _HANDLER from <see cref="HandlerTable"/>, then forever get the next
/// event, run the function, and post its answer or its error.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Unknown or missing _HANDLER: POST /runtime/init/error (Runtime.NoSuchHandler) and exit
/// with <see cref="BootstrapExitCodes.InitError"/>.</item>
/// <item>Any exception from the function, including malformed JSON in the event, is posted to
/// /runtime/invocation/{id}/error and the loop goes on with the next event.</item>
/// <item>A /response or /error the Runtime API refuses with a 4xx (e.g. 413 Payload Too Large)
/// is logged and the loop goes on: it concerns that invocation only.</item>
/// <item>A failing Runtime API (an error status or a lost connection) ends the process with
/// <see cref="BootstrapExitCodes.RuntimeApiFailed"/>: the OpenAPI spec says a 500 from it is
/// non-recoverable and the runtime should exit promptly.</item>
/// <item>Each invocation's trace header is put in _X_AMZN_TRACE_ID (cleared when absent) and its
/// context in <see cref="InvocationContext.Current"/>.</item>
/// </list>
/// </remarks>
public static class LambdaBootstrap
{
    /// <summary>Runs the loop until the Runtime API fails or <paramref name="cancellationToken"/> is
    /// cancelled; returns a <see cref="BootstrapExitCodes"/> value. Errors go to <paramref name="log"/>
    /// (Lambda sends stderr to CloudWatch Logs).</summary>
    public static async Task<int> RunAsync(
        LambdaBootstrapOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        if (string.IsNullOrWhiteSpace(options.RuntimeApi))
        {
            await log.WriteLineAsync($"{LambdaBootstrapOptions.RuntimeApiVariable} is not set: this program runs only inside AWS Lambda or under a Runtime API emulator.").ConfigureAwait(false);
            return BootstrapExitCodes.NoRuntimeApi;
        }

        if (!Uri.TryCreate($"http://{options.RuntimeApi}/", UriKind.Absolute, out _))
        {
            await log.WriteLineAsync($"{LambdaBootstrapOptions.RuntimeApiVariable} '{options.RuntimeApi}' is not a host:port.").ConfigureAwait(false);
            return BootstrapExitCodes.NoRuntimeApi;
        }

        using var client = new RuntimeApiClient(options.RuntimeApi);
        try
        {
            var entry = string.IsNullOrWhiteSpace(options.Handler) ? null : HandlerTable.Find(options.Handler);
            if (entry is null)
            {
                var error = UnknownHandler(options.Handler);
                await log.WriteLineAsync(error.ErrorMessage).ConfigureAwait(false);
                await client.SendInitErrorAsync(error, cancellationToken).ConfigureAwait(false);
                return BootstrapExitCodes.InitError;
            }

            while (true)
            {
                var invocation = await client.NextAsync(cancellationToken).ConfigureAwait(false);
                await ServeAsync(client, entry, invocation, log, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return BootstrapExitCodes.Stopped;
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            await log.WriteLineAsync($"The Lambda Runtime API at {options.RuntimeApi} failed: {exception.Message}").ConfigureAwait(false);
            return string.IsNullOrWhiteSpace(options.Handler) || HandlerTable.Find(options.Handler) is null
                ? BootstrapExitCodes.InitError
                : BootstrapExitCodes.RuntimeApiFailed;
        }
    }

    private static async Task ServeAsync(
        RuntimeApiClient client, HandlerEntry entry, RuntimeInvocation invocation, TextWriter log, CancellationToken cancellationToken)
    {
        var context = invocation.Context;
        Environment.SetEnvironmentVariable(Diagnostics.TraceIdVariable, context.TraceId);
        InvocationContext.Current = context;
        Stream? output;
        try
        {
            using var input = new MemoryStream(invocation.Event.ToArray(), writable: false);
            output = await entry.InvokeAsync(input).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Function {entry.Name} returned no stream.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var error = RuntimeError.FromException(exception);
            await log.WriteLineAsync($"{context.RequestId} {entry.Name} failed: {error.ErrorType}: {error.ErrorMessage}").ConfigureAwait(false);
            await PostAsync(client.SendErrorAsync(context.RequestId, error, cancellationToken), context, log).ConfigureAwait(false);
            return;
        }
        finally
        {
            InvocationContext.Current = null;
        }

        await using (output.ConfigureAwait(false))
        {
            await PostAsync(client.SendResponseAsync(context.RequestId, output, cancellationToken), context, log).ConfigureAwait(false);
        }
    }

    /// <summary>Awaits a /response or /error POST. A 4xx answer (400 Bad Request, 403 Forbidden,
    /// 413 Payload Too Large in the runtime-api spec) concerns that one invocation only, so it is
    /// logged and the loop goes on; a 500 or a lost connection still ends the process.</summary>
    private static async Task PostAsync(Task post, InvocationContext context, TextWriter log)
    {
        try
        {
            await post.ConfigureAwait(false);
        }
        catch (HttpRequestException exception) when (exception.StatusCode is { } status && (int)status is >= 400 and < 500)
        {
            await log.WriteLineAsync($"{context.RequestId}: the Runtime API refused the post with {(int)status} {status}.").ConfigureAwait(false);
        }
    }

    private static RuntimeError UnknownHandler(string? handler)
    {
        var known = string.Join(", ", HandlerTable.All.Select(entry => entry.Name));
        var message = string.IsNullOrWhiteSpace(handler)
            ? $"{LambdaBootstrapOptions.HandlerVariable} is not set. Set the function's Handler to one of: {known}."
            : $"{LambdaBootstrapOptions.HandlerVariable} '{handler}' names no function in HandlerTable. Known functions: {known}.";
        // Runtime.NoSuchHandler: the <category.reason> error type the AWS docs give for this case.
        return new RuntimeError(message, "Runtime.NoSuchHandler", []);
    }
}
