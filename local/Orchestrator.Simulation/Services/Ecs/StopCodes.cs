namespace Orchestrator.Simulation.Services.Ecs;

/// <summary>
/// The TaskStopCode values (ecs.json, shape TaskStopCode) and the stoppedReason texts AWS reports with them.
/// </summary>
public static class StopCodes
{
    public const string TaskFailedToStart = "TaskFailedToStart";
    public const string EssentialContainerExited = "EssentialContainerExited";
    public const string UserInitiated = "UserInitiated";
    public const string ServiceSchedulerInitiated = "ServiceSchedulerInitiated";
    public const string SpotInterruption = "SpotInterruption";
    public const string TerminationNotice = "TerminationNotice";

    /// <summary>Reason when an essential container exits (recorded in ECS task state change events).</summary>
    public const string EssentialContainerExitedReason = "Essential container in task exited";

    /// <summary>Reason of StopTask without a reason (recorded DescribeTasks output, stopCode UserInitiated).</summary>
    public const string StoppedByUserReason = "Task stopped by user";

    /// <summary>Reason of a Fargate Spot interruption (ECS developer guide, "Fargate Spot" task state change example, stopCode SpotInterruption).</summary>
    public const string SpotTaskInterruptedReason = "Your Spot Task was interrupted.";

    /// <summary>Reason when a service scales in (the service scheduler's wording as ECS users quote it; not seen in a recording here).</summary>
    public static string ScalingReason(string deploymentId) => $"Scaling activity initiated by (deployment {deploymentId})";

    /// <summary>Reason when the task's EC2 host goes away ("Host EC2 (instance i-…) terminated.", as quoted by ECS users).</summary>
    public static string HostTerminatedReason(string ec2InstanceId) => $"Host EC2 (instance {ec2InstanceId}) terminated.";
}
