using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Orchestrator.Functions.Tests.Hosting;

/// <summary>
/// A Lambda Runtime API (2018-06-01) on 127.0.0.1 with a free port, serving a fixed script of
/// events and recording every POST. Shared by the hosting tests and bench/ColdStart.
/// </summary>
/// <remarks>
/// Shapes follow the AWS docs ("Using the Lambda runtime API for custom runtimes") and the
/// runtime-api OpenAPI spec: /next answers the event with Lambda-Runtime-* headers; /response,
/// /error and /init/error answer 202 {"status":"OK"}. When the script is used up, /next answers
/// 500, which the spec defines as "Container error. Non-recoverable state. Runtime should exit
/// promptly" — that is how a test ends the host. With <c>holdWhenDone</c> the 500 waits for
/// <see cref="Release"/>, so a benchmark can read the live process's memory first.
/// </remarks>
public sealed class FakeRuntimeApi : IDisposable
{
    private readonly HttpListener _listener;
    private readonly ConcurrentQueue<FakeInvocation> _script;
    private readonly ConcurrentQueue<RecordedPost> _posts = new();
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _firstPost = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly bool _holdWhenDone;
    private readonly int _maxResponseBytes;
    private int _nextCalls;

    /// <param name="script">The events /next hands out, in order.</param>
    /// <param name="holdWhenDone">Hold the final 500 until <see cref="Release"/>.</param>
    /// <param name="maxResponseBytes">A /response body longer than this is recorded and answered
    /// 413 Payload Too Large, as the runtime-api spec lists for oversized responses.</param>
    public FakeRuntimeApi(IEnumerable<FakeInvocation> script, bool holdWhenDone = false, int maxResponseBytes = int.MaxValue)
    {
        _script = new ConcurrentQueue<FakeInvocation>(script);
        _holdWhenDone = holdWhenDone;
        _maxResponseBytes = maxResponseBytes;
        (_listener, Address) = Listen();
        _ = Task.Run(ServeAsync);
    }

    /// <summary>The <c>host:port</c> to put in AWS_LAMBDA_RUNTIME_API.</summary>
    public string Address { get; }

    /// <summary>Every POST so far, in arrival order.</summary>
    public IReadOnlyList<RecordedPost> Posts => [.. _posts];

    /// <summary>How many times /next was called.</summary>
    public int NextCalls => Volatile.Read(ref _nextCalls);

    /// <summary>Completes at the first POST of any kind (response, error or init error).</summary>
    public Task FirstPost => _firstPost.Task;

    /// <summary>Lets a held /next answer its 500.</summary>
    public void Release() => _released.TrySetResult();

    public void Dispose()
    {
        Release();
        _listener.Close();
    }

    private static (HttpListener, string) Listen()
    {
        for (var attempt = 0; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return (listener, $"127.0.0.1:{port}");
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var request = context.Request;
        var path = request.Url!.AbsolutePath;
        const string prefix = "/2018-06-01/";
        try
        {
            if (request.HttpMethod == "GET" && path == prefix + "runtime/invocation/next")
            {
                await NextAsync(context.Response);
            }
            else if (request.HttpMethod == "POST" && path.StartsWith(prefix + "runtime/", StringComparison.Ordinal))
            {
                using var reader = new StreamReader(request.InputStream, Encoding.UTF8);
                var body = await reader.ReadToEndAsync();
                _posts.Enqueue(new RecordedPost(
                    path[prefix.Length..], body, request.Headers["Lambda-Runtime-Function-Error-Type"], request.ContentType, Stopwatch.GetTimestamp()));
                _firstPost.TrySetResult();
                if (path.EndsWith("/response", StringComparison.Ordinal) && Encoding.UTF8.GetByteCount(body) > _maxResponseBytes)
                {
                    await WriteAsync(context.Response, 413, """{"errorMessage":"response too large","errorType":"RequestEntityTooLarge"}""");
                }
                else
                {
                    await WriteAsync(context.Response, 202, """{"status":"OK"}""");
                }
            }
            else
            {
                await WriteAsync(context.Response, 404, """{"errorMessage":"unknown path","errorType":"InvalidRequest"}""");
            }
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException)
        {
            // The host went away mid-request; nothing to record.
        }
    }

    private async Task NextAsync(HttpListenerResponse response)
    {
        Interlocked.Increment(ref _nextCalls);
        if (!_script.TryDequeue(out var invocation))
        {
            if (_holdWhenDone)
            {
                await _released.Task;
            }

            await WriteAsync(response, 500, """{"errorMessage":"script finished","errorType":"FakeRuntimeApi.Done"}""");
            return;
        }

        response.Headers["Lambda-Runtime-Aws-Request-Id"] = invocation.RequestId;
        foreach (var (name, value) in invocation.Headers)
        {
            response.Headers[name] = value;
        }

        await WriteAsync(response, 200, invocation.Body);
    }

    private static async Task WriteAsync(HttpListenerResponse response, int status, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        response.StatusCode = status;
        response.ContentType = "application/json";
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
        response.Close();
    }
}
