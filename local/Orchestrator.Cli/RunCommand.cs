using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Orchestrator.States.Execution;
using Orchestrator.States.Mocks;
using Orchestrator.States.Model;

namespace Orchestrator.Cli;

/// <summary>
/// <c>orchestrator run --definition FILE [--input JSON | --input-file FILE] [--mock-config FILE
/// --test-case NAME] [--substitution NAME=VALUE]... [--history]</c>: runs one execution on the
/// local engine and prints one JSON object {status, output, error, cause[, history]}.
/// Exit 0 when it SUCCEEDED, 1 for any other final status, 2 when nothing could be run.
/// </summary>
/// <remarks>With a mock configuration, the state machine name is the definition file's name
/// without <c>.asl.json</c> (or <c>.json</c>), unless the configuration has exactly one state
/// machine, which is then used whatever its name.</remarks>
public static class RunCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var definition = new Option<string>("--definition") { Description = "The ASL definition file.", Required = true };
        var input = new Option<string?>("--input") { Description = "The execution input as JSON text (default {})." };
        var inputFile = new Option<string?>("--input-file") { Description = "A file holding the execution input." };
        var mockConfig = new Option<string?>("--mock-config") { Description = "A Step Functions Local mock configuration file." };
        var testCase = new Option<string?>("--test-case") { Description = "The test case of the mock configuration to use." };
        var substitutions = new Option<string[]>("--substitution")
        {
            Description = "NAME=VALUE for a ${NAME} placeholder in the definition (repeatable).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var history = new Option<bool>("--history") { Description = "Also print the execution history." };
        var command = new Command("run", "Run a state machine locally (mocks for Task states) and print its result as JSON.")
        {
            definition, input, inputFile, mockConfig, testCase, substitutions, history,
        };
        command.SetAction(parse => Run(context, new Request(
            parse.GetValue(definition)!, parse.GetValue(input), parse.GetValue(inputFile), parse.GetValue(mockConfig),
            parse.GetValue(testCase), parse.GetValue(substitutions) ?? [], parse.GetValue(history))));
        return command;
    }

    private static int Run(CliContext context, Request request)
    {
        try
        {
            var machine = LoadDefinition(context, request, out var name);
            var input = LoadInput(context, request);
            var mocks = LoadMocks(context, request, ref name);
            var result = LocalRunner.Run(machine, input, new RunOptions
            {
                Mocks = mocks, TestCase = request.TestCase, StateMachineName = name,
            });
            var json = new JsonObject
            {
                ["status"] = result.Status.ToAwsName(),
                ["output"] = result.Output?.DeepClone(),
                ["error"] = result.Error,
                ["cause"] = result.Cause,
            };
            if (request.History)
            {
                json["history"] = new JsonArray([.. result.History.Select(e => (JsonNode)e.ToJson())]);
            }

            context.Out.WriteLine(json.ToJsonString(OutputOptions));
            return result.Status == ExecutionStatus.Succeeded ? ExitCodes.Success : ExitCodes.Failed;
        }
        catch (UsageException e)
        {
            context.Error.WriteLine(e.Message);
            return ExitCodes.InvalidInput;
        }
    }

    private static StateMachine LoadDefinition(CliContext context, Request request, out string name)
    {
        var path = context.Resolve(request.Definition);
        var text = ReadFile(path, request.Definition);
        name = Path.GetFileName(path);
        foreach (var suffix in new[] { ".asl.json", ".json" })
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                name = name[..^suffix.Length];
                break;
            }
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in request.Substitutions)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new UsageException($"--substitution '{pair}': expected NAME=VALUE.");
            }

            values[pair[..equals]] = pair[(equals + 1)..];
        }

        if (StateMachine.TryParse(text, out var machine, out var errors, values.Count > 0 ? values : null))
        {
            return machine;
        }

        throw new UsageException(string.Join(Environment.NewLine, errors.Select(e => $"{request.Definition}: {e.Path}: {e.Message}")));
    }

    private static JsonNode? LoadInput(CliContext context, Request request)
    {
        if (request.Input is not null && request.InputFile is not null)
        {
            throw new UsageException("Give --input or --input-file, not both.");
        }

        var (text, source) = request.InputFile is { } file
            ? (ReadFile(context.Resolve(file), file), file)
            : (request.Input ?? "{}", "--input");
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException e)
        {
            throw new UsageException($"{source}: $: the input is not valid JSON: {e.Message}");
        }
    }

    private static MockConfiguration? LoadMocks(CliContext context, Request request, ref string name)
    {
        if (request.MockConfig is null)
        {
            return request.TestCase is null ? null : throw new UsageException("--test-case needs --mock-config.");
        }

        MockConfiguration mocks;
        try
        {
            mocks = MockConfiguration.Parse(ReadFile(context.Resolve(request.MockConfig), request.MockConfig));
        }
        catch (FormatException e)
        {
            throw new UsageException($"{request.MockConfig}: {e.Message}");
        }

        if (mocks.StateMachineNames.Count == 1)
        {
            name = mocks.StateMachineNames.First();
        }

        try
        {
            mocks.Resolve(name, request.TestCase);
        }
        catch (KeyNotFoundException e)
        {
            throw new UsageException($"{request.MockConfig}: {e.Message}");
        }

        return mocks;
    }

    private static string ReadFile(string path, string shown)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{shown}: cannot read the file: {e.Message}");
        }
    }

    /// <summary>Indented, and without escaping quotes and non-ASCII text: the output is read by
    /// people and JSON parsers, never embedded in HTML.</summary>
    private static readonly JsonSerializerOptions OutputOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private sealed record Request(string Definition, string? Input, string? InputFile, string? MockConfig, string? TestCase,
        string[] Substitutions, bool History);

    private sealed class UsageException(string message) : Exception(message);
}
