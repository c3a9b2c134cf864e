namespace Orchestrator.Cli.Tests;

/// <summary>Runs the command line in-process with captured output and a scratch working directory.</summary>
internal sealed class CliRunner : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("orchestrator-cli-");

    public string WorkingDirectory => _directory.FullName;

    public string WriteFile(string name, string content)
    {
        var path = Path.Combine(WorkingDirectory, name);
        File.WriteAllText(path, content);
        return path;
    }

    public (int ExitCode, string Out, string Error) Run(params string[] args) => Run(false, args);

    /// <summary>Runs as if stderr were a terminal (<paramref name="terminal"/>) or redirected.</summary>
    public (int ExitCode, string Out, string Error) Run(bool terminal, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CliApp.Run(args, output, error, WorkingDirectory, terminal);
        return (exitCode, output.ToString(), error.ToString());
    }

    public void Dispose() => _directory.Delete(recursive: true);
}
