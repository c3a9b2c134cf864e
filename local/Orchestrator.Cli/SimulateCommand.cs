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
        var seed = new Option<long?>("--seed") { Description = "The seed for every random draw; overrides the scenario's own." };
        var json = new Option<bool>("--json") { Description = "Print the summary as one JSON document (the same figures as the text)." };
        var command = new Command("simulate", "Run a workload scenario on virtual time and print messages, tasks, latency, executions and cost.") { scenario, seed, json };
        command.SetAction(parse => Run(context, parse.GetValue(scenario)!, parse.GetValue(seed), parse.GetValue(json)));
        return command;
    }

    private static int Run(CliContext context, string file, long? seed, bool json)
    {
        var path = context.Resolve(file);
        if (!File.Exists(path))
        {
            context.Error.WriteLine($"{file}: file not found.");
            return ExitCodes.InvalidInput;
        }

        Scenario scenario;
        try
        {
            scenario = ScenarioLoader.Parse(File.ReadAllText(path), seed);
        }
        catch (ScenarioException e)
        {
            context.Error.WriteLine($"{file}: {e.Message}");
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
}
