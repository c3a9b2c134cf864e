namespace Orchestrator.Simulation.Services.Ecs;

/// <summary>
/// Fargate Spot: capacity outages and interruptions. An interrupted task gets AWS's two-minute
/// warning — desiredStatus STOPPED, stopCode SpotInterruption, stoppedReason "Your Spot Task was
/// interrupted." while lastStatus is still RUNNING (ECS developer guide's task state change example),
/// and SIGTERM — then is stopped when its container exits or its stop timeout (at most the warning) runs out.
/// </summary>
public sealed partial class SimulatedEcs
{
    /// <summary>Interrupts a running FARGATE_SPOT task now (as the configured interruptions do); false when it is not one.</summary>
    public bool InterruptFargateSpotTask(string taskArn)
    {
        if (_tasks.GetValueOrDefault(taskArn) is not { IsStopped: false, LastStatus: "RUNNING", DesiredStatus: "RUNNING" } task || task.CapacityProviderName != "FARGATE_SPOT")
        {
            return false;
        }

        RequestStop(task, StopCodes.SpotInterruption, StopCodes.SpotTaskInterruptedReason, _options.SpotWarning);
        return true;
    }

    private void ScheduleSpotEvents()
    {
        foreach (var at in _options.FargateSpotInterruptions.Where(t => t >= Now).Order())
        {
            _scheduler.ScheduleAt(at, InterruptOldestFargateSpotTask);
        }

        foreach (var window in _options.FargateSpotUnavailable.Where(w => w.End >= Now))
        {
            // Capacity is back: let services retry their Spot shortfall.
            _scheduler.ScheduleAt(window.End, () =>
            {
                foreach (var cluster in _clusters.Values)
                {
                    ReconcileAll(cluster);
                }
            });
        }
    }

    private void InterruptOldestFargateSpotTask()
    {
        var oldest = _tasks.Values
            .Where(t => t.CapacityProviderName == "FARGATE_SPOT" && t.LastStatus == "RUNNING" && t.DesiredStatus == "RUNNING")
            .OrderBy(t => t.StartedAt)
            .FirstOrDefault();
        if (oldest is not null)
        {
            InterruptFargateSpotTask(oldest.Arn);
        }
    }

    /// <summary>With a random interruption rate, draws this task's interruption time (exponential) from the Spot stream.</summary>
    private void ScheduleRandomSpotInterruption(TaskState task)
    {
        if (task.CapacityProviderName != "FARGATE_SPOT" || _options.FargateSpotInterruptionRatePerHour <= 0)
        {
            return;
        }

        var hours = -Math.Log(1.0 - _spot.NextDouble()) / _options.FargateSpotInterruptionRatePerHour;
        var delay = TimeSpan.FromMilliseconds(Math.Round(hours * 3_600_000));
        if (task.NaturalExitAt is { } end && Now + delay >= end)
        {
            return; // it would finish first; no event needed.
        }

        _scheduler.Schedule(delay, () => InterruptFargateSpotTask(task.Arn));
    }
}
