using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Orchestrator.Functions.Hosting;

/// <summary>
/// The Lambda Runtime API, version 2018-06-01, over HTTP: next invocation, invocation response,
/// invocation error and init error (AWS docs, "Using the Lambda runtime API for custom runtimes").
/// </summary>
/// <remarks>
/// The HttpClient must have no timeout: /next blocks until an event arrives, and Lambda may freeze
/// the process for a long time in between (the AWS docs say not to set a timeout on that GET).
/// Any non-success status throws <see cref="HttpRequestException"/>.
/// </remarks>
public sealed class RuntimeApiClient : IDisposable
{
    /// <summary>The response header that names an error's type on /error and /init/error.</summary>
    public const string ErrorTypeHeader = "Lambda-Runtime-Function-Error-Type";

    private readonly HttpClient _http;

    /// <summary>A client for <paramref name="runtimeApi"/>, the <c>host:port</c> that Lambda puts in
    /// <c>AWS_LAMBDA_RUNTIME_API</c>.</summary>
    public RuntimeApiClient(string runtimeApi)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runtimeApi);
        // No proxy: the Runtime API is a local endpoint, and HTTP_PROXY must not divert it.
        var handler = new SocketsHttpHandler { UseProxy = false };
        _http = new HttpClient(handler)
        {
            BaseAddress = new Uri($"http://{runtimeApi}/2018-06-01/"),
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    /// <summary>Waits for the next event. Throws <see cref="HttpRequestException"/> when the
    /// Runtime API answers an error (500 means the runtime should exit).</summary>
    public async Task<RuntimeInvocation> NextAsync(CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync("runtime/invocation/next", cancellationToken)
            .ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var requestId = Header(response, "Lambda-Runtime-Aws-Request-Id")
            ?? throw new HttpRequestException("The Runtime API sent an invocation without a Lambda-Runtime-Aws-Request-Id header.");
        var deadline = long.TryParse(
            Header(response, "Lambda-Runtime-Deadline-Ms"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms)
            ? ms
            : (long?)null;
        var context = new InvocationContext(
            requestId,
            deadline,
            Header(response, "Lambda-Runtime-Invoked-Function-Arn"),
            Header(response, "Lambda-Runtime-Trace-Id"));
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return new RuntimeInvocation(context, body);
    }

    /// <summary>Posts the function's answer for <paramref name="requestId"/>.</summary>
    public async Task SendResponseAsync(string requestId, Stream body, CancellationToken cancellationToken)
    {
        using var content = new StreamContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var path = $"runtime/invocation/{Uri.EscapeDataString(requestId)}/response";
        using var response = await _http.PostAsync(path, content, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Posts a function error for <paramref name="requestId"/>.</summary>
    public Task SendErrorAsync(string requestId, RuntimeError error, CancellationToken cancellationToken) =>
        PostErrorAsync($"runtime/invocation/{Uri.EscapeDataString(requestId)}/error", error, cancellationToken);

    /// <summary>Posts an initialization error; the runtime should exit afterwards.</summary>
    public Task SendInitErrorAsync(RuntimeError error, CancellationToken cancellationToken) =>
        PostErrorAsync("runtime/init/error", error, cancellationToken);

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    private async Task PostErrorAsync(string path, RuntimeError error, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(error, HostingJsonContext.Default.RuntimeError);
        using var content = new ByteArrayContent(json);
        // The runtime-api spec's error format: "Content-Type: application/vnd.aws.lambda.error+json".
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.aws.lambda.error+json");
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.TryAddWithoutValidation(ErrorTypeHeader, error.ErrorType);
        using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
