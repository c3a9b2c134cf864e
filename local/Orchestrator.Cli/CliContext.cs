namespace Orchestrator.Cli;

/// <summary>What a command may touch of the outside world: its output streams and working
/// directory. Tests pass their own.</summary>
/// <param name="ErrorIsTerminal">True when <paramref name="Error"/> is a terminal (live progress goes there); false when redirected.</param>
public sealed record CliContext(TextWriter Out, TextWriter Error, string WorkingDirectory, bool ErrorIsTerminal = false)
{
    /// <summary>Resolves a path given on the command line against the working directory.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);
}
