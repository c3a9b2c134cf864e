namespace Orchestrator.Simulation.Tests.Scenarios;

/// <summary>Files of the repository the tests run from (serverless.template, scenarios/, docs/).</summary>
internal static class RepositoryFiles
{
    /// <summary>The repository's root: the first folder above the test's own that holds serverless.template.</summary>
    public static string Root { get; } = Find();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "serverless.template")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root is not above the test's directory.");
    }
}
