using Orchestrator.Simulation.Capacity;

namespace Orchestrator.Simulation.Scenarios;

/// <summary>The <see cref="RunSummary"/> of a capacity scenario: instance-hours by purchase option, how long
/// jobs waited for capacity, how their tasks stopped, and the workflows' executions.</summary>
public static class CapacitySummary
{
    public static RunSummary From(Scenario scenario, SpotDrought drought, SpotDroughtRun run)
    {
        var r = run.Report;
        var codes = run.Jobs.StopCodes;
        var stopped = codes.Values.Sum();
        var tasks = new TaskFigures(
            r.TasksStarted,
            r.TasksStarted - stopped,
            0,
            0,
            new SortedDictionary<string, int>(StringComparer.Ordinal) { ["EC2"] = stopped },
            codes.GetValueOrDefault("EssentialContainerExited"),
            codes.Where(p => p.Key is not ("EssentialContainerExited" or "SpotInterruption" or "TerminationNotice" or "UserInitiated" or "TaskFailedToStart")).Sum(p => p.Value),
            codes.GetValueOrDefault("UserInitiated"),
            r.TasksStoppedBySpotInterruption,
            codes.GetValueOrDefault("TaskFailedToStart"),
            r.TasksStoppedByScaleIn,
            0);
        var executions = new ExecutionTracker(run.Account.StepFunctions.Executions);
        var start = drought.DroughtStart;
        var capacity = new CapacityFigures(
            drought.Kind.ToString(),
            "m5.large",
            drought.Workflows ? "on" : "off",
            drought.SpotTarget,
            drought.OnDemandMax,
            $"no Spot {RunSummaryText.Format(start)}–{RunSummaryText.Format(start + drought.DroughtLength)}",
            r.OnDemandInstanceHours,
            r.SpotInstanceHours,
            (double)r.OnDemandCost,
            (double)r.SpotCost,
            run.OnDemandMidDrought,
            run.OnDemandMidDrought,
            SpotDrought.RunningOnDemand(run.Account, run.Infrastructure));
        var jobs = new JobFigures(r.TasksStarted, r.TasksStillWaiting, Math.Round(r.TaskWaitSeconds / 60, 1), r.MaxTaskWaitSeconds);
        return RunSummaryBuilder.Jobs(scenario, run.Account, tasks, executions, capacity, jobs);
    }
}
