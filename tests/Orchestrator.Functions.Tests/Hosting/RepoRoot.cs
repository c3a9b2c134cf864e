using System.Runtime.CompilerServices;

namespace Orchestrator.Functions.Tests.Hosting;

/// <summary>The repository root (the folder holding Orchestrator.sln): searched upwards from the
/// test's output folder, then from this source file's compile-time folder (for builds with
/// <c>--artifacts-path</c> outside the repository).</summary>
internal static class RepoRoot
{
    public static string Path { get; } = Find();

    private static string Find([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, System.IO.Path.GetDirectoryName(sourceFile) ?? "" })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "Orchestrator.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException($"No Orchestrator.sln above {AppContext.BaseDirectory} or {sourceFile}.");
    }
}
