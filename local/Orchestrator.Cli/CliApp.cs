using System.CommandLine;

namespace Orchestrator.Cli;

/// <summary>Builds the command tree and runs it.</summary>
public static class CliApp
{
    /// <summary>Runs the command line with injected console and working directory.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, string workingDirectory, bool errorIsTerminal = false)
    {
        var context = new CliContext(output, error, workingDirectory, errorIsTerminal);
        var root = CreateRootCommand(context);
        var parsed = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine(parseError.Message);
            }

            error.WriteLine("Run 'orchestrator --help' for usage.");
            return ExitCodes.InvalidInput;
        }

        return parsed.Invoke(configuration);
    }

    /// <summary>The root command with every subcommand.</summary>
    public static RootCommand CreateRootCommand(CliContext context)
    {
        var root = new RootCommand(
            "Orchestrator: run SQS batch work on ECS with Step Functions, Spot first. " +
            "Locally: validate and run state machines, and simulate workloads on virtual time.");
        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Action = new VersionAction(context.Out);
        }

        root.Subcommands.Add(ValidateCommand.Create(context));
        root.Subcommands.Add(SimulateCommand.Create(context));
        root.Subcommands.Add(RunCommand.Create(context));
        return root;
    }
}
