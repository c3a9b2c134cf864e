using System.Diagnostics;

namespace Orchestrator.Functions.Tests.Hosting;

/// <summary>
/// Publishes functions/Orchestrator.Functions.Aot with Native AOT once per test run, into a
/// temporary folder with its own artifacts path (so it never touches the build the tests run
/// from), and removes it afterwards. Takes one to three minutes on two cores.
/// </summary>
/// <remarks>
/// When <c>ORCHESTRATOR_AOT_BOOTSTRAP</c> names an existing file, that binary is tested instead
/// and nothing is published (for a CI step that has already published, or for iterating).
/// </remarks>
public sealed class AotPublishFixture : IDisposable
{
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(10);
    private readonly string _root = Path.Combine(Path.GetTempPath(), "orchestrator-aot-" + Environment.ProcessId);

    /// <summary>The environment variable naming an already-published binary to test.</summary>
    public const string PrebuiltVariable = "ORCHESTRATOR_AOT_BOOTSTRAP";

    public AotPublishFixture()
    {
        var prebuilt = Environment.GetEnvironmentVariable(PrebuiltVariable);
        if (!string.IsNullOrEmpty(prebuilt) && File.Exists(prebuilt))
        {
            BinaryPath = Path.GetFullPath(prebuilt);
            PublishLog = $"{PrebuiltVariable}={prebuilt}: not published.";
            return;
        }

        var project = Path.Combine(RepoRoot.Path, "functions", "Orchestrator.Functions.Aot", "Orchestrator.Functions.Aot.csproj");
        var output = Path.Combine(_root, "publish");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "publish", project, "-c", "Release", "-o", output,
            "--artifacts-path", Path.Combine(_root, "artifacts"), "--disable-build-servers", "-nologo",
        })
        {
            start.ArgumentList.Add(argument);
        }

        // The test host's MSBuild variables would point the child build at the wrong SDK paths.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(PublishTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet publish did not finish within {PublishTimeout}.");
        }

        PublishLog = stdout.Result + stderr.Result;
        PublishTime = watch.Elapsed;
        BinaryPath = Path.Combine(output, "bootstrap");
        if (process.ExitCode != 0 || !File.Exists(BinaryPath))
        {
            Dispose();
            throw new InvalidOperationException($"Native AOT publish failed (exit {process.ExitCode}):\n{PublishLog}");
        }
    }

    /// <summary>The published native executable.</summary>
    public string BinaryPath { get; }

    /// <summary>The publish's console output.</summary>
    public string PublishLog { get; }

    /// <summary>How long the publish took.</summary>
    public TimeSpan PublishTime { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind is harmless.
        }
    }
}
