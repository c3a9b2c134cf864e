using Orchestrator.Functions.Hosting;

namespace Orchestrator.Functions.Tests.Hosting;

/// <summary>The Runtime API loop run in the test process (JIT), which is quick to debug. It sets
/// _X_AMZN_TRACE_ID in this process, so no other test may read that variable.</summary>
public sealed class InProcessHostTests : RuntimeLoopContract
{
    protected override async Task<HostRun> RunAsync(string? handler, FakeRuntimeApi api)
    {
        using var log = new StringWriter();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var exitCode = await LambdaBootstrap.RunAsync(new LambdaBootstrapOptions(api.Address, handler), log, timeout.Token);
        Assert.False(timeout.IsCancellationRequested, "the loop did not end within 60 s");
        return new HostRun(exitCode, log.ToString());
    }

    [Fact]
    public async Task Run_NoRuntimeApi_ExitsWithoutCallingAnything()
    {
        using var log = new StringWriter();

        var exitCode = await LambdaBootstrap.RunAsync(new LambdaBootstrapOptions(null, "Echo"), log, CancellationToken.None);

        Assert.Equal(BootstrapExitCodes.NoRuntimeApi, exitCode);
        Assert.Contains("AWS_LAMBDA_RUNTIME_API is not set", log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_RuntimeApiNotHostPort_ExitsNamingTheValue()
    {
        using var log = new StringWriter();

        var exitCode = await LambdaBootstrap.RunAsync(new LambdaBootstrapOptions("bad host:port/x y", "Echo"), log, CancellationToken.None);

        Assert.Equal(BootstrapExitCodes.NoRuntimeApi, exitCode);
        Assert.Contains("'bad host:port/x y' is not a host:port", log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_RuntimeApiUnreachable_ExitsWithRuntimeApiFailed()
    {
        // A port that was free a moment ago: nothing listens, the connection is refused.
        var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        using var log = new StringWriter();

        var exitCode = await LambdaBootstrap.RunAsync(new LambdaBootstrapOptions($"127.0.0.1:{port}", "Echo"), log, CancellationToken.None);

        Assert.Equal(BootstrapExitCodes.RuntimeApiFailed, exitCode);
        Assert.Contains($"The Lambda Runtime API at 127.0.0.1:{port} failed", log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Cancelled_StopsWhileWaitingForNext()
    {
        using var api = new FakeRuntimeApi([], holdWhenDone: true);
        using var stop = new CancellationTokenSource();

        var run = LambdaBootstrap.RunAsync(new LambdaBootstrapOptions(api.Address, "Echo"), TextWriter.Null, stop.Token);
        while (api.NextCalls == 0)
        {
            await Task.Delay(10);
        }

        await stop.CancelAsync();

        Assert.Equal(BootstrapExitCodes.Stopped, await run.WaitAsync(TimeSpan.FromSeconds(30)));
    }
}
