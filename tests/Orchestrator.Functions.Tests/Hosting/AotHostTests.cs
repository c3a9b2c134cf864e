using System.Diagnostics;

namespace Orchestrator.Functions.Tests.Hosting;

/// <summary>The Runtime API contract, run against the published Native AOT executable as Lambda
/// runs it: a fresh process with AWS_LAMBDA_RUNTIME_API and _HANDLER in its environment.</summary>
[Collection(AotBinaryCollection.Name)]
public sealed class AotHostTests(AotPublishFixture aot) : RuntimeLoopContract
{
    protected override async Task<HostRun> RunAsync(string? handler, FakeRuntimeApi api)
    {
        var start = new ProcessStartInfo(aot.BinaryPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["AWS_LAMBDA_RUNTIME_API"] = api.Address;
        start.Environment.Remove("_X_AMZN_TRACE_ID");
        if (handler is null)
        {
            start.Environment.Remove("_HANDLER");
        }
        else
        {
            start.Environment["_HANDLER"] = handler;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            throw new TimeoutException("the AOT host did not exit within 60 s");
        }

        return new HostRun(process.ExitCode, await stdout + await stderr);
    }
}
