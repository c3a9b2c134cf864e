namespace Orchestrator.Simulation.Services.Ec2;

/// <summary>Settings of the simulated EC2, with defaults chosen to match AWS where AWS documents a value.</summary>
public sealed record Ec2Options
{
    /// <summary>The region (us-east-1 by default, where the price table applies).</summary>
    public string Region { get; init; } = "us-east-1";

    /// <summary>The account that owns the instances.</summary>
    public string AccountId { get; init; } = "123456789012";

    /// <summary>The Availability Zones instances are placed in.</summary>
    public IReadOnlyList<string> AvailabilityZones { get; init; } = ["us-east-1a", "us-east-1b", "us-east-1c"];

    /// <summary>pending → running. AWS does not state a figure; tens of seconds is typical.</summary>
    public TimeSpan BootDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>shutting-down → terminated. Zero keeps a Spot termination exactly two minutes after its warning.</summary>
    public TimeSpan ShutdownDelay { get; init; } = TimeSpan.Zero;

    /// <summary>The Spot interruption notice: "issued two minutes before Amazon EC2 stops or terminates your Spot Instance".</summary>
    public TimeSpan SpotWarning { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// When set, an "EC2 Instance Rebalance Recommendation" precedes each interruption warning by this
    /// much (AWS: best effort, "can arrive sooner than the two-minute Spot Instance interruption notice").
    /// </summary>
    public TimeSpan? RebalanceLead { get; init; }

    /// <summary>Spot capacity over time, per pool.</summary>
    public IReadOnlyList<SpotCapacityWindow> SpotCapacity { get; init; } = [];

    /// <summary>Interruptions at given times.</summary>
    public IReadOnlyList<SpotInterruption> Interruptions { get; init; } = [];

    /// <summary>Random interruptions: the expected number per Spot instance-hour (exponential waiting times); 0 for none.</summary>
    public double InterruptionRatePerHour { get; init; }

    /// <summary>How long terminated instances stay visible to DescribeInstances (AWS: "about an hour").</summary>
    public TimeSpan TerminatedVisibility { get; init; } = TimeSpan.FromHours(1);

    /// <summary>
    /// The period of the Spot Fleet metrics in AWS/EC2Spot. 5 minutes is EC2's basic-monitoring period; AWS's fleet
    /// metrics page recommends detailed monitoring "to ensure accuracy" but states no period, so this is configurable.
    /// </summary>
    public TimeSpan SpotFleetMetricsPeriod { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a Spot Fleet stays <c>modifying</c> after ModifySpotFleetRequest.</summary>
    public TimeSpan SpotFleetModifyDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a fleet short of its target retries launching.</summary>
    public TimeSpan SpotFleetRetryInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Instance types; defaults to <see cref="InstanceTypes.Default"/>.</summary>
    public IReadOnlyDictionary<string, InstanceTypeInfo> Types { get; init; } = InstanceTypes.Default;
}
