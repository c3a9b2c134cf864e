using System.Diagnostics;

namespace Orchestrator.Repo.Tests;

/// <summary>
/// Proves the wall-clock ban holds: a file that reads <c>DateTime.UtcNow</c>, compiled into Core,
/// Functions, States or Simulation, must fail the build with the banned-API diagnostic RS0030.
/// </summary>
public class WallClockBanTests
{
    [Theory]
    [InlineData("functions/Orchestrator.Core/Orchestrator.Core.csproj")]
    [InlineData("functions/Orchestrator.Functions/Orchestrator.Functions.csproj")]
    [InlineData("local/Orchestrator.States/Orchestrator.States.csproj")]
    [InlineData("local/Orchestrator.Simulation/Orchestrator.Simulation.csproj")]
    public void Build_WithUtcNowRead_FailsWithRS0030(string project)
    {
        var scratch = Directory.CreateTempSubdirectory("ban-probe-");
        try
        {
            var probe = Path.Combine(scratch.FullName, "WallClockProbe.cs");
            File.WriteAllText(probe, "namespace Probe; internal static class WallClockProbe { internal static System.DateTime Read() => System.DateTime.UtcNow; }\n");

            var (exitCode, output) = Build(project, probe);

            Assert.NotEqual(0, exitCode);
            Assert.Contains("RS0030", output, StringComparison.Ordinal);
            Assert.Contains("'DateTime.UtcNow' is banned", output, StringComparison.Ordinal);
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    // The probe build uses the project's own obj folder: overriding IntermediateOutputPath would flow
    // to its project references and break their reference-assembly paths. The compile fails, so no
    // output is written; the next normal build simply compiles again.
    private static (int ExitCode, string Output) Build(string project, string probe)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[]
                 {
                     "build", project, "--no-restore", "--no-dependencies", "--nologo",
                     $"-p:BanProbe={probe}",
                 })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr);
    }
}
