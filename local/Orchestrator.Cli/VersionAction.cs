using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace Orchestrator.Cli;

/// <summary>
/// Prints this tool's version. System.CommandLine's own version action reads the entry assembly,
/// which is the test host when the CLI runs in-process; this reads the CLI's assembly instead.
/// </summary>
internal sealed class VersionAction(TextWriter output) : SynchronousCommandLineAction
{
    public static string Version { get; } =
        typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(VersionAction).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    public override int Invoke(ParseResult parseResult)
    {
        output.WriteLine(Version);
        return ExitCodes.Success;
    }
}
