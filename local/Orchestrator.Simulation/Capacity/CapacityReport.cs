using System.Globalization;
using Orchestrator.Simulation.Account;

namespace Orchestrator.Simulation.Capacity;

/// <summary>
/// The figures issue 7 asks of each capacity scenario: on-demand and Spot instance-hours (EC2 per-second
/// billing with its 60-second minimum, <see cref="Services.Ec2.SimulatedEc2.Summary"/>) and how long tasks
/// waited for capacity (<see cref="QueuedTasks"/>), plus the tasks our scale-in stopped (must be 0).
/// </summary>
/// <param name="TasksStoppedByScaleIn">Tasks stopped because their instance was terminated other than by a
/// Spot interruption (stop code TerminationNotice).</param>
public sealed record CapacityReport(
    double OnDemandInstanceHours,
    double SpotInstanceHours,
    decimal OnDemandCost,
    decimal SpotCost,
    double TaskWaitSeconds,
    double MaxTaskWaitSeconds,
    int TasksStarted,
    int TasksStillWaiting,
    int TasksStoppedByScaleIn,
    int TasksStoppedBySpotInterruption)
{
    /// <summary>The report of <paramref name="account"/> and its workload so far.</summary>
    public static CapacityReport From(SimulatedAccount account, QueuedTasks tasks)
    {
        var usage = account.Ec2.Summary();
        return new CapacityReport(
            Math.Round(usage.OnDemandHours, 3),
            Math.Round(usage.SpotHours, 3),
            usage.OnDemandCost,
            usage.SpotCost,
            Math.Round(tasks.WaitSeconds, 1),
            tasks.Waits.Count == 0 ? 0 : tasks.Waits.Max(w => w.TotalSeconds),
            tasks.Waits.Count,
            tasks.Waiting,
            tasks.StopCodes.GetValueOrDefault("TerminationNotice"),
            tasks.StopCodes.GetValueOrDefault("SpotInterruption"));
    }

    /// <summary>One line for the console.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"on-demand {OnDemandInstanceHours:0.###} instance-h (${OnDemandCost:0.####}), Spot {SpotInstanceHours:0.###} instance-h (${SpotCost:0.####}), " +
        $"tasks waited {TaskWaitSeconds / 60:0.#} task-min in total (max {MaxTaskWaitSeconds:0} s) over {TasksStarted} starts, {TasksStillWaiting} still waiting, " +
        $"stopped by scale-in {TasksStoppedByScaleIn}, by Spot interruption {TasksStoppedBySpotInterruption}");
}
