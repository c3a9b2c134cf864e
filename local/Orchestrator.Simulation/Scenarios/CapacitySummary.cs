using System.Globalization;
using System.Text;
using Orchestrator.Simulation.Capacity;
using Orchestrator.States.Execution;

namespace Orchestrator.Simulation.Scenarios;

/// <summary>What a capacity scenario did: instance-hours by purchase option, how long jobs waited for
/// capacity, tasks stopped, and the workflows' executions; the same scenario and seed print the same text.</summary>
public static class CapacitySummary
{
    public static string ToText(Scenario scenario, SpotDrought drought, SpotDroughtRun run)
    {
        var r = run.Report;
        var text = new StringBuilder();
        var start = drought.DroughtStart;
        RunSummary.Line(text, "scenario", $"{scenario.Name} (seed {drought.Seed}, horizon {RunSummary.Format(scenario.Horizon)})");
        RunSummary.Line(text, "cluster", $"Spot pool {drought.Kind} of {drought.SpotTarget} × m5.large, on-demand group max {drought.OnDemandMax}; no Spot {RunSummary.Format(start)}–{RunSummary.Format(start + drought.DroughtLength)}; workflows {(drought.Workflows ? "on" : "off")}");
        RunSummary.Line(text, "instances", Invariant($"on-demand {r.OnDemandInstanceHours:0.###} h (${r.OnDemandCost:0.0000})  Spot {r.SpotInstanceHours:0.###} h (${r.SpotCost:0.0000})  on-demand mid-drought {run.OnDemandMidDrought}"));
        RunSummary.Line(text, "jobs", Invariant($"started {r.TasksStarted}  waited for capacity {r.TaskWaitSeconds / 60:0.#} task-min in total, longest {r.MaxTaskWaitSeconds:0} s  still waiting {r.TasksStillWaiting}"));
        RunSummary.Line(text, "stopped", $"by our scale-in {r.TasksStoppedByScaleIn}  by Spot interruption {r.TasksStoppedBySpotInterruption}");
        var executions = run.Account.StepFunctions.Executions
            .GroupBy(e => $"{e.StateMachineArn[(e.StateMachineArn.LastIndexOf(':') + 1)..]} {e.Status.ToAwsName().ToLowerInvariant()}", StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} {g.Count()}");
        RunSummary.Line(text, "executions", run.Deployment is null ? "(none: workflows off)" : string.Join(", ", executions));
        return text.ToString();
    }

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
