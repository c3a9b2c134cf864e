using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.Ecs;

/// <summary>
/// Task lifecycle: PROVISIONING → PENDING → RUNNING → (stop requested: desiredStatus STOPPED, SIGTERM)
/// → containers exit → DEPROVISIONING (Fargate) → STOPPED.
/// </summary>
/// <remarks>
/// <para>Stopping follows StopTask's documented semantics (API reference): SIGTERM, then SIGKILL after
/// the container's stop timeout (default 30 s) — exit code 137 when killed, 143 when the workload
/// exits on SIGTERM (<see cref="TaskPlan.SigtermGrace"/>), or its own code when its work ends first.
/// A Fargate Spot interruption is the same with the kill capped at the two-minute warning. A task
/// stopped before it runs has no container exit code.</para>
/// <para>lastStatus stays RUNNING while a stop is pending, as recorded StopTask answers show
/// (desiredStatus STOPPED, lastStatus RUNNING).</para>
/// </remarks>
public sealed partial class SimulatedEcs
{
    private const int SigkillExitCode = 137;
    private const int SigtermExitCode = 143;

    /// <summary>Starts the lifecycle of a task that has its capacity (Fargate, or placed on an instance).</summary>
    private void Begin(TaskState task)
    {
        if (task.IsFargate)
        {
            task.LastStatus = "PROVISIONING";
            Changed(task);
            task.NextEvent = _scheduler.Schedule(_options.FargateProvisioning.SampleTime(_timing), () => ToPending(task));
        }
        else
        {
            ToPending(task);
        }

        EnsureMetricsTicking();
    }

    private void ToPending(TaskState task)
    {
        task.LastStatus = "PENDING";
        task.PullStartedAt = Now;
        Changed(task);
        var delay = (task.IsFargate ? _options.FargatePending : _options.Ec2Pending).SampleTime(_timing);
        task.NextEvent = task.Plan.StartFailure is { } failure
            ? _scheduler.Schedule(delay, () => FailToStart(task, failure))
            : _scheduler.Schedule(delay, () => ToRunning(task));
    }

    private void FailToStart(TaskState task, string reason)
    {
        task.PullStoppedAt = Now;
        task.DesiredStatus = "STOPPED";
        task.StopCode = StopCodes.TaskFailedToStart;
        task.StoppedReason = reason;
        task.StoppingAt = Now;
        foreach (var c in task.Containers)
        {
            c.LastStatus = "STOPPED";
            c.Reason = reason;
        }

        ContainersGone(task);
    }

    private void ToRunning(TaskState task)
    {
        task.PullStoppedAt = Now;
        task.StartedAt = Now;
        task.LastStatus = "RUNNING";
        foreach (var c in task.Containers)
        {
            c.LastStatus = "RUNNING";
        }

        Changed(task);
        task.BehaviourStarted = true;
        _behaviour.Started(task.Arn, Now);
        if (task.Plan.RunFor is { } runFor)
        {
            task.NaturalExitAt = Now + runFor;
            task.NextEvent = _scheduler.Schedule(runFor, () => ContainerExit(task, task.Plan.ExitCode, task.Plan.ContainerReason, natural: true));
        }

        ScheduleRandomSpotInterruption(task);
    }

    /// <summary>The essential container exits: by itself (<paramref name="natural"/>) or on SIGTERM/SIGKILL.</summary>
    private void ContainerExit(TaskState task, int exitCode, string? reason, bool natural)
    {
        if (task.DesiredStatus == "RUNNING")
        {
            task.DesiredStatus = "STOPPED";
            task.StopCode = StopCodes.EssentialContainerExited;
            task.StoppedReason = StopCodes.EssentialContainerExitedReason;
            task.StoppingAt = Now;
        }

        foreach (var c in task.Containers)
        {
            c.LastStatus = "STOPPED";
            // Non-essential containers are stopped by ECS when the essential one exits; they are modelled as exiting cleanly.
            c.ExitCode = c.Spec.Essential ? exitCode : 0;
            c.Reason = c.Spec.Essential ? reason : null;
        }

        _behaviour.Stopped(task.Arn, natural && exitCode == 0, Now);
        ContainersGone(task);
    }

    /// <summary>Asks a task to stop (StopTask, Spot interruption, scale-in, draining).</summary>
    private void RequestStop(TaskState task, string stopCode, string reason, TimeSpan? killCap = null)
    {
        if (task.IsStopped || task.DesiredStatus == "STOPPED")
        {
            return;
        }

        task.DesiredStatus = "STOPPED";
        task.StopCode = stopCode;
        task.StoppedReason = reason;
        task.StoppingAt = Now;
        if (task.LastStatus != "RUNNING")
        {
            // Not started yet: no container ever ran, so none has an exit code.
            task.NextEvent?.Cancel();
            task.Cluster.AwaitingCapacity.Remove(task);
            foreach (var c in task.Containers)
            {
                c.LastStatus = "STOPPED";
            }

            ContainersGone(task);
            return;
        }

        Changed(task); // the stop request (or Spot warning) is itself a state change event
        var stopTimeout = task.Definition.FirstEssential.StopTimeout;
        var kill = Now + (killCap is { } cap && cap < stopTimeout ? cap : stopTimeout);
        var (exitAt, code) = task.Plan.SigtermGrace is { } grace && Now + grace < kill ? (Now + grace, SigtermExitCode) : (kill, SigkillExitCode);
        if (task.NaturalExitAt is { } natural && natural <= exitAt)
        {
            return; // its own work ends first; the scheduled natural exit stands.
        }

        task.NextEvent?.Cancel();
        task.NextEvent = _scheduler.ScheduleAt(exitAt, () => ContainerExit(task, code, null, natural: false));
    }

    /// <summary>All containers are down: Fargate deprovisions for a few seconds, EC2 stops at once.</summary>
    private void ContainersGone(TaskState task)
    {
        task.ExecutionStoppedAt = Now;
        if (task.IsFargate)
        {
            task.LastStatus = "DEPROVISIONING";
            Changed(task);
            task.NextEvent = _scheduler.Schedule(_options.FargateDeprovisioning.SampleTime(_timing), () => Finish(task));
        }
        else
        {
            Finish(task);
        }
    }

    private void Finish(TaskState task)
    {
        task.LastStatus = "STOPPED";
        task.StoppedAt = Now;
        task.NextEvent = null;
        var instance = task.Instance;
        instance?.Tasks.Remove(task);
        task.Service?.LiveTasks.Remove(task);
        _liveTasks--;
        Changed(task);
        var json = task.ToJson(_options.AvailabilityZone);
        if (_stopWaiters.Remove(task.Arn, out var waiters))
        {
            foreach (var waiter in waiters)
            {
                waiter((JsonObject)json.DeepClone());
            }
        }

        TaskStopped?.Invoke((JsonObject)json.DeepClone());
        if (task.Service is { } service)
        {
            _scheduler.Schedule(TimeSpan.Zero, () => Reconcile(service));
        }

        if (instance is not null)
        {
            PlaceAwaiting(task.Cluster);
        }
    }
}
