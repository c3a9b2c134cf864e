using Orchestrator.Simulation.Baselines;

namespace Orchestrator.Cli;

/// <summary><c>orchestrator simulate SCENARIO --compare [DESIGNS] [--json]</c>: runs each design on the same
/// scenario and seed and prints their figures side by side (docs/COMPARE.md).</summary>
public static class CompareCommand
{
    public static int Run(CliContext context, string file, long? seed, string? designs, bool json)
    {
        IReadOnlyList<Design> chosen;
        try
        {
            chosen = DesignNames.Parse(designs);
        }
        catch (ArgumentException e)
        {
            context.Error.WriteLine($"--compare: {e.Message}");
            return ExitCodes.InvalidInput;
        }

        if (SimulateCommand.Load(context, file, seed) is not { } scenario)
        {
            return ExitCodes.InvalidInput;
        }

        var columns = chosen.Select(design => DesignRunner.Run(scenario, design)).ToList();
        context.Out.Write(json
            ? ComparisonTable.ToJson(scenario.Name, scenario.Account.Seed, columns).ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n"
            : ComparisonTable.ToText(scenario.Name, scenario.Account.Seed, columns, capacity: scenario.Capacity is not null));
        return columns.Any(c => c.NotRun is null && c.Design == DesignNames.Name(Design.Orchestrator) && (c.Lost > 0 || c.StillQueued > 0))
            ? ExitCodes.Failed
            : ExitCodes.Success;
    }
}
