using System.CommandLine;
using Orchestrator.Simulation.Scenarios;

namespace Orchestrator.Cli;

/// <summary><c>orchestrator simulate SCENARIO [--seed N]</c>: plays a workload scenario on the local
/// engine and the simulated account, and prints what happened. The same scenario and seed always
/// print the same summary. A scenario with a <c>capacity:</c> section plays a Spot drought on an EC2
/// cluster instead and prints instance-hours and how long jobs waited for capacity.</summary>
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
        var json = new Option<bool>("--json") { Description = "Print the figures as one JSON document." };
        var command = new Command("simulate", "Run a workload scenario on virtual time and print messages, tasks, latency, executions and cost.") { scenario, seed, compare, json };
        command.SetAction(parse => parse.GetResult(compare) is null
            ? Run(context, parse.GetValue(scenario)!, parse.GetValue(seed))
            : CompareCommand.Run(context, parse.GetValue(scenario)!, parse.GetValue(seed), parse.GetValue(compare), parse.GetValue(json)));
        return command;
    }

    private static int Run(CliContext context, string file, long? seed)
    {
        if (Load(context, file, seed) is not { } scenario)
        {
            return ExitCodes.InvalidInput;
        }

        if (scenario.Capacity is { } drought)
        {
            var run = drought.Run();
            context.Out.Write(CapacitySummary.ToText(scenario, drought, run));
            return run.Report.TasksStoppedByScaleIn == 0 ? ExitCodes.Success : ExitCodes.Failed;
        }

        var summary = ScenarioRunner.Run(scenario);
        context.Out.Write(summary.ToText());
        return summary.Lost == 0 ? ExitCodes.Success : ExitCodes.Failed;
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
