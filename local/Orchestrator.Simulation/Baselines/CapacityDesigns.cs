using Orchestrator.Core.Capacity;
using Orchestrator.Simulation.Capacity;
using Orchestrator.Simulation.Scenarios;

namespace Orchestrator.Simulation.Baselines;

/// <summary>The designs on a capacity scenario (a Spot drought on an EC2 cluster): the capacity workflows,
/// or seed 004's backup-group Lambda. The queue designs have nothing to do there.</summary>
/// <remarks>Columns read: enqueue→start is how long each job waited for capacity (queued to placed);
/// killed mid-work counts tasks stopped because their instance was terminated by a scale-in;
/// processed counts jobs started; still queued, jobs still waiting at the horizon.</remarks>
internal static class CapacityDesigns
{
    public static DesignFigures Run(Scenario scenario, SpotDrought drought, Design design)
    {
        var name = DesignNames.Name(design);
        Func<int> scalerCalls = () => 0;
        SpotDrought run;
        switch (design)
        {
            case Design.Orchestrator:
                run = drought with { Workflows = true };
                break;
            case Design.S4 when drought.Kind != SpotPoolKind.SpotFleet:
                return DesignFigures.Skipped(name, "seed 004 reads a Spot Fleet's PendingCapacity; this scenario's Spot pool is an Auto Scaling group");
            case Design.S4:
                run = drought with { Workflows = false, Instead = (account, infra) => scalerCalls = BackupGroupLambda.Deploy(account, infra, drought.OnDemandMax) };
                break;
            default:
                return DesignFigures.Skipped(name, "a capacity scenario has no queue for its service to poll");
        }

        var result = run.Run();
        var report = result.Report;
        return new DesignFigures(
            name,
            null,
            Percentiles.Of(result.Jobs.Waits),
            null,
            null,
            report.TasksStoppedByScaleIn,
            0,
            0,
            report.TasksStillWaiting,
            report.TasksStarted,
            0,
            report.OnDemandInstanceHours + report.SpotInstanceHours,
            (double)report.SpotCost,
            (double)report.OnDemandCost,
            DesignRunner.Orchestration(result.Account, scenario.Horizon, scalerCalls()));
    }
}
