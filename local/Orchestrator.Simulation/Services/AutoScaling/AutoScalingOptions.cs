namespace Orchestrator.Simulation.Services.AutoScaling;

/// <summary>Settings of the simulated EC2 Auto Scaling.</summary>
public sealed record AutoScalingOptions
{
    /// <summary>The region in group ARNs.</summary>
    public string Region { get; init; } = "us-east-1";

    /// <summary>The account in group ARNs.</summary>
    public string AccountId { get; init; } = "123456789012";

    /// <summary>
    /// The instance type behind each launch template (by LaunchTemplateName or LaunchTemplateId): the
    /// simulation keeps no launch templates, so a group without overrides launches this type.
    /// </summary>
    public IReadOnlyDictionary<string, string> LaunchTemplateInstanceTypes { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The type used when a launch template is not in <see cref="LaunchTemplateInstanceTypes"/>.</summary>
    public string DefaultInstanceType { get; init; } = "m5.large";

    /// <summary>How soon a group that could not launch (no Spot capacity) tries again.</summary>
    public TimeSpan LaunchRetryInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Injected failures per operation name (e.g. "SetDesiredCapacity").</summary>
    public IReadOnlyDictionary<string, OperationFaults> Faults { get; init; } = new Dictionary<string, OperationFaults>(StringComparer.Ordinal);
}
