using System.CommandLine;
using Orchestrator.States.Parsing;

namespace Orchestrator.Cli;

/// <summary><c>orchestrator validate FILE…</c>: parses each ASL file and reports every error with
/// the file and the JSON path of the offending node.</summary>
public static class ValidateCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "ASL definition files (*.asl.json) to check.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("validate", "Check state machine definitions; exit 2 if any is invalid.") { files };
        command.SetAction(parse => Run(context, parse.GetValue(files) ?? []));
        return command;
    }

    private static int Run(CliContext context, string[] files)
    {
        var invalid = 0;
        foreach (var file in files)
        {
            var errors = ValidateFile(context.Resolve(file));
            if (errors.Count == 0)
            {
                context.Out.WriteLine($"{file}: valid");
                continue;
            }

            invalid++;
            foreach (var error in errors)
            {
                context.Error.WriteLine($"{file}: {error.Path}: {error.Message}");
            }
        }

        return invalid == 0 ? ExitCodes.Success : ExitCodes.InvalidInput;
    }

    private static IReadOnlyList<DefinitionError> ValidateFile(string path)
    {
        if (!File.Exists(path))
        {
            return [new DefinitionError("$", "File not found.")];
        }

        return DefinitionValidator.Validate(File.ReadAllText(path));
    }
}
