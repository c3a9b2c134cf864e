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
/// machine, which is then used whatever its name; <c>--test-case</c> is then required. Every
/// <c>${…}</c> placeholder must be filled by <c>--substitution</c>, except inside Task states when a
/// mock configuration is given (a Task answers only through its mock).</remarks>
public static class RunCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var definition = new Option<string>("--definition") { Description = "The ASL definition file.", Required = true };
        var input = new Option<string?>("--input") { Description = "The execution input as JSON text (default {})." };
        var inputFile = new Option<string?>("--input-file") { Description = "A file holding the execution input." };
        var mockConfig = new Option<string?>("--mock-config")
        {
            Description = "A Step Functions Local mock configuration file. Its StateMachines entry is the definition's file name "
                + "without .asl.json (statemachines/queue-drain.asl.json → \"queue-drain\"), or its only entry whatever its name. Needs --test-case.",
        };
        var testCase = new Option<string?>("--test-case") { Description = "The test case of that state machine in the mock configuration." };
        var substitutions = new Option<string[]>("--substitution")
        {
            Description = "NAME=VALUE for a ${NAME} placeholder in the definition (repeatable). Every placeholder needs one, "
                + "except inside Task states when --mock-config is given (run answers a Task only through its mock).",
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
            var path = context.Resolve(request.Definition);
            var text = ReadFile(path, request.Definition);
            var name = MachineName(path);
            var mocks = LoadMocks(context, request, ref name);
            var machine = LoadDefinition(text, request, mocks is not null);
            var input = LoadInput(context, request);
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

    /// <summary>The file name without <c>.asl.json</c> (or <c>.json</c>): the key of the mock
    /// configuration's StateMachines entry.</summary>
    private static string MachineName(string path)
    {
        var name = Path.GetFileName(path);
        foreach (var suffix in new[] { ".asl.json", ".json" })
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }

    /// <summary>Parses the definition with the substitutions. Every <c>${…}</c> placeholder must be
    /// filled by a substitution, except, when a mock configuration is given, inside Task states:
    /// <c>run</c> has no integrations, so a Task answers only through its mock (an unmocked Task that
    /// runs fails, naming its state) and its Resource and Parameters are never sent anywhere. Their
    /// placeholders stay as text.</summary>
    private static StateMachine LoadDefinition(string text, Request request, bool mocked)
    {
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

        JsonNode? root = null;
        try
        {
            root = JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            // StateMachine.TryParse below reports the malformed JSON with its position.
        }

        var placeholders = DefinitionPlaceholders.Find(root);
        var unfilled = placeholders.Where(p => !values.ContainsKey(p.Name) && !(mocked && p.StateType == "Task")).ToList();
        if (unfilled.Count > 0)
        {
            throw new UsageException(string.Join(Environment.NewLine, unfilled.Select(p =>
                $"{request.Definition}: {p.Path}: no value for the placeholder '${{{p.Name}}}' (give --substitution {p.Name}=VALUE"
                + (p.StateType == "Task" ? $", or --mock-config with a test case that mocks state '{p.State}')." : ")."))));
        }

        foreach (var p in placeholders)
        {
            values.TryAdd(p.Name, $"${{{p.Name}}}"); // only in Task states answered by mocks: left as written
        }

        if (StateMachine.TryParse(text, out var machine, out var errors, values))
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

        if (request.TestCase is null)
        {
            var cases = mocks.TestCaseNames(name);
            throw new UsageException($"--mock-config needs --test-case NAME: the test case of state machine '{name}' to run"
                + (cases is null ? $" ({request.MockConfig} has no state machine '{name}'; it has: {string.Join(", ", mocks.StateMachineNames)})." : $" ({request.MockConfig} has: {string.Join(", ", cases)})."));
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
