using System.CommandLine;
using Orchestrator.Simulation.Scenarios;

namespace Orchestrator.Cli;

/// <summary><c>orchestrator simulate SCENARIO [--seed N] [--json]</c>: plays a workload scenario on the
/// local engine and the simulated account, and prints what happened (<see cref="RunSummary"/>, as text
/// or as one JSON document). The same scenario and seed always print the same summary. Exit code 0
/// when the run did its work, 1 with one <c>problem</c> line per reason when it did not
/// (<see cref="RunProblems"/>), 2 when the scenario is invalid. On a terminal a progress line runs on
/// stderr; nothing extra is written when stderr is redirected.</summary>
public static class SimulateCommand
{
    public static Command Create(CliContext context)
    {
        var scenario = new Argument<string>("scenario") { Description = "A scenario file (YAML), e.g. scenarios/queue-burst.yaml." };
        var seed = new Option<long?>("--seed")
        {
            Description = "The seed for every random draw; overrides the scenario's own.",
            CustomParser = SeedValue,
        };
        var compare = new Option<string?>("--compare")
        {
            Description = "Also run the designs teams use today on the same scenario and seed, side by side: a comma-separated list of orchestrator, S0, S1, S3, S4, backlog-target (all when no list is given).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var json = new Option<bool>("--json") { Description = "Print the summary (or the comparison) as one JSON document, the same figures as the text." };
        var command = new Command("simulate", "Run a workload scenario on virtual time and print messages, tasks, latency, executions and cost.") { scenario, seed, compare, json };
        command.SetAction(parse => parse.GetResult(compare) is null
            ? Run(context, parse.GetValue(scenario)!, parse.GetValue(seed), parse.GetValue(json))
            : CompareCommand.Run(context, parse.GetValue(scenario)!, parse.GetValue(seed), parse.GetValue(compare), parse.GetValue(json)));
        return command;
    }

    private static int Run(CliContext context, string file, long? seed, bool json)
    {
        if (Load(context, file, seed) is not { } scenario)
        {
            return ExitCodes.InvalidInput;
        }

        var progress = context.ErrorIsTerminal ? new ProgressLine(context.Error) : null;
        RunSummary summary;
        try
        {
            summary = scenario.Capacity is { } drought
                ? CapacitySummary.From(scenario, drought, drought.Run())
                : ScenarioRunner.Run(scenario, progress is null ? null : progress.Report);
        }
        finally
        {
            progress?.Clear();
        }

        context.Out.Write(json ? RunSummaryJson.ToJson(summary) + "\n" : RunSummaryText.ToText(summary));
        return summary.Succeeded ? ExitCodes.Success : ExitCodes.Failed;
    }

    /// <summary>Reads <c>--seed</c> in plain words: the parser's own message names a .NET type.</summary>
    private static long? SeedValue(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Join(" ", result.Tokens.Select(t => t.Value));
        if (long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        result.AddError($"--seed must be a whole number (e.g. --seed 42), got '{text}'.");
        return null;
    }

    /// <summary>Reads and checks a scenario file; null (the error already written) when it is missing or invalid.</summary>
    internal static Scenario? Load(CliContext context, string file, long? seed)
    {
        var path = context.Resolve(file);
        if (!File.Exists(path))
        {
            context.Error.WriteLine($"{file}: file not found.");
            return null;
        }

        try
        {
            return ScenarioLoader.Load(path, seed);
        }
        catch (ScenarioException e)
        {
            context.Error.WriteLine($"{file}: {e.Message}");
            return null;
        }
    }
}
