namespace Orchestrator.Cli;

/// <summary>What a command may touch of the outside world: its output streams and working
/// directory. Tests pass their own.</summary>
public sealed record CliContext(TextWriter Out, TextWriter Error, string WorkingDirectory)
{
    /// <summary>Resolves a path given on the command line against the working directory.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);
}
