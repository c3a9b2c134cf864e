namespace Orchestrator.Simulation.Services.AutoScaling;

/// <summary>The errors the simulated Auto Scaling throws, with the query-protocol codes of autoscaling.json and AWS's messages where recorded.</summary>
internal static class AutoScalingErrors
{
    public const string Service = "autoscaling";

    public static AwsServiceException Validation(string message) => new(Service, "ValidationError", 400, message);

    /// <summary>Recorded: "AutoScalingGroup name not found - AutoScalingGroup asg not found".</summary>
    public static AwsServiceException GroupNotFound(string name) => Validation($"AutoScalingGroup name not found - AutoScalingGroup {name} not found");

    /// <summary>Recorded (SetDesiredCapacity with HonorCooldown): "Scaling activity 0685cb16-… is in progress and blocks this action".</summary>
    public static AwsServiceException ActivityInProgress(string activityId) =>
        new(Service, "ScalingActivityInProgress", 400, $"Scaling activity {activityId} is in progress and blocks this action");

    /// <summary>ResourceContention (HTTP 500 in the model).</summary>
    public static AwsServiceException ResourceContention() =>
        new(Service, "ResourceContention", 500, "You already have a pending update to an Auto Scaling resource (for example, a group, instance, or load balancer).");

    public static AwsServiceException Throttling() => new(Service, "Throttling", 400, "Rate exceeded");

    public static AwsServiceException AlreadyExists(string name) =>
        new(Service, "AlreadyExists", 400, $"AutoScalingGroup by this name already exists - A group with the name {name} already exists");
}
