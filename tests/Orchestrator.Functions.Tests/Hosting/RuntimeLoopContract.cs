using System.Text.Json.Nodes;
using Orchestrator.Functions.Hosting;

namespace Orchestrator.Functions.Tests.Hosting;

/// <summary>
/// What any host of the Runtime API loop must do, run once against the in-process loop (JIT) and
/// once against the published Native AOT executable. Expected paths, headers and bodies come from
/// the AWS docs ("Using the Lambda runtime API for custom runtimes"); example header values are
/// the ones those docs show.
/// </summary>
public abstract class RuntimeLoopContract
{
    private const string DocsTraceId = "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1";
    private const string DocsFunctionArn = "arn:aws:lambda:us-east-2:123456789012:function:custom-runtime";

    /// <summary>Runs the host with _HANDLER = <paramref name="handler"/> against <paramref name="api"/>
    /// until it exits.</summary>
    protected abstract Task<HostRun> RunAsync(string? handler, FakeRuntimeApi api);

    [Fact]
    public async Task Run_GoodEvent_PostsHandlerOutputToResponse()
    {
        using var api = new FakeRuntimeApi([FakeInvocation.Of("req-1", """{"queue":"work","count":3}""")]);

        var run = await RunAsync("Echo", api);

        var post = Assert.Single(api.Posts);
        Assert.Equal("runtime/invocation/req-1/response", post.Path);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"queue":"work","count":3}"""), JsonNode.Parse(post.Body)), post.Body);
        Assert.Null(post.ErrorTypeHeader);
        Assert.Equal(BootstrapExitCodes.RuntimeApiFailed, run.ExitCode);
    }

    [Fact]
    public async Task Run_FullHandlerString_SelectsSameFunction()
    {
        using var api = new FakeRuntimeApi([FakeInvocation.Of("req-1", "[1,2,3]")]);

        await RunAsync("Orchestrator.Functions::Orchestrator.Functions.Hosting.Diagnostics::Echo", api);

        var post = Assert.Single(api.Posts);
        Assert.Equal("runtime/invocation/req-1/response", post.Path);
        Assert.Equal("[1,2,3]", post.Body);
    }

    [Fact]
    public async Task Run_HandlerThrows_PostsErrorWithTypeHeaderAndBody()
    {
        using var api = new FakeRuntimeApi([FakeInvocation.Of("req-err", """{"x":1}""")]);

        await RunAsync("Fail", api);

        var post = Assert.Single(api.Posts);
        Assert.Equal("runtime/invocation/req-err/error", post.Path);
        Assert.Equal("InvalidOperationException", post.ErrorTypeHeader);
        // The runtime-api spec's error format (runtime-api.yaml, "A note on error reporting").
        Assert.Equal("application/vnd.aws.lambda.error+json", post.ContentType);
        var body = JsonNode.Parse(post.Body)!.AsObject();
        Assert.Equal("InvalidOperationException", (string?)body["errorType"]);
        Assert.Equal("""Diagnostics.Fail was invoked with event: {"x":1}""", (string?)body["errorMessage"]);
        Assert.NotEmpty(body["stackTrace"]!.AsArray());
    }

    [Fact]
    public async Task Run_MalformedEvent_PostsErrorAndServesNextEvent()
    {
        using var api = new FakeRuntimeApi(
        [
            FakeInvocation.Of("req-bad", """{"queue":"""),
            FakeInvocation.Of("req-good", """{"queue":"work"}"""),
        ]);

        var run = await RunAsync("Echo", api);

        Assert.Collection(
            api.Posts,
            bad =>
            {
                Assert.Equal("runtime/invocation/req-bad/error", bad.Path);
                Assert.Equal("JsonException", bad.ErrorTypeHeader);
                Assert.Equal("JsonException", (string?)JsonNode.Parse(bad.Body)!["errorType"]);
            },
            good =>
            {
                Assert.Equal("runtime/invocation/req-good/response", good.Path);
                Assert.Equal("""{"queue":"work"}""", good.Body);
            });
        Assert.Equal(3, api.NextCalls);
        Assert.Equal(BootstrapExitCodes.RuntimeApiFailed, run.ExitCode);
    }

    [Fact]
    public async Task Run_ResponseRefusedAsTooLarge_KeepsServing()
    {
        var large = "[" + string.Join(",", Enumerable.Repeat("\"0123456789\"", 200)) + "]";
        using var api = new FakeRuntimeApi(
            [FakeInvocation.Of("req-large", large), FakeInvocation.Of("req-small", "[]")], maxResponseBytes: 1000);

        var run = await RunAsync("Echo", api);

        Assert.Equal(["runtime/invocation/req-large/response", "runtime/invocation/req-small/response"], api.Posts.Select(p => p.Path));
        Assert.Equal(3, api.NextCalls);
        Assert.Equal(BootstrapExitCodes.RuntimeApiFailed, run.ExitCode);
    }

    [Fact]
    public async Task Run_UnknownHandler_PostsInitErrorAndExits()
    {
        using var api = new FakeRuntimeApi([FakeInvocation.Of("req-1", "{}")]);

        var run = await RunAsync("NoSuchFunction", api);

        var post = Assert.Single(api.Posts);
        Assert.Equal("runtime/init/error", post.Path);
        Assert.Equal("Runtime.NoSuchHandler", post.ErrorTypeHeader);
        var body = JsonNode.Parse(post.Body)!.AsObject();
        Assert.Equal("Runtime.NoSuchHandler", (string?)body["errorType"]);
        Assert.Contains("'NoSuchFunction'", (string?)body["errorMessage"], StringComparison.Ordinal);
        Assert.Contains("Echo", (string?)body["errorMessage"], StringComparison.Ordinal);
        Assert.Equal(0, api.NextCalls);
        Assert.Equal(BootstrapExitCodes.InitError, run.ExitCode);
    }

    [Fact]
    public async Task Run_HandlerNotSet_PostsInitErrorNamingTheVariable()
    {
        using var api = new FakeRuntimeApi([]);

        var run = await RunAsync(null, api);

        var post = Assert.Single(api.Posts);
        Assert.Equal("runtime/init/error", post.Path);
        Assert.Contains("_HANDLER is not set", (string?)JsonNode.Parse(post.Body)!["errorMessage"], StringComparison.Ordinal);
        Assert.Equal(BootstrapExitCodes.InitError, run.ExitCode);
    }

    [Fact]
    public async Task Run_InvocationHeaders_ReachTheFunctionAndTraceVariable()
    {
        using var api = new FakeRuntimeApi(
        [
            new FakeInvocation("req-traced", "{}", new Dictionary<string, string>
            {
                ["Lambda-Runtime-Deadline-Ms"] = "1542409706888",
                ["Lambda-Runtime-Invoked-Function-Arn"] = DocsFunctionArn,
                ["Lambda-Runtime-Trace-Id"] = DocsTraceId,
            }),
            FakeInvocation.Of("req-plain", "{}"),
        ]);

        await RunAsync("Context", api);

        Assert.Equal(2, api.Posts.Count);
        var traced = JsonNode.Parse(api.Posts[0].Body)!;
        Assert.Equal("req-traced", (string?)traced["requestId"]);
        Assert.Equal(1542409706888L, (long?)traced["deadlineMs"]);
        Assert.Equal(DocsFunctionArn, (string?)traced["invokedFunctionArn"]);
        Assert.Equal(DocsTraceId, (string?)traced["traceId"]);
        Assert.Equal(DocsTraceId, (string?)traced["traceIdEnvironment"]);
        var plain = JsonNode.Parse(api.Posts[1].Body)!;
        Assert.Equal("req-plain", (string?)plain["requestId"]);
        Assert.Null(plain["deadlineMs"]);
        Assert.Null(plain["traceIdEnvironment"]);
    }
}
