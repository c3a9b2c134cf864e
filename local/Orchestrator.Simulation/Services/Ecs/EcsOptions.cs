using Orchestrator.Simulation.Workload;

namespace Orchestrator.Simulation.Services.Ecs;

/// <summary>Settings of the simulated Amazon ECS, with defaults taken from AWS's published figures.</summary>
/// <remarks>
/// <para>Fargate start-up = <see cref="FargateProvisioning"/> (PROVISIONING: capacity and ENI) then
/// <see cref="FargatePending"/> (PENDING: image pull), together about 40–60 s as AWS-FACTS records
/// for a few-hundred-MB image. EC2 tasks skip PROVISIONING and spend <see cref="Ec2Pending"/> in
/// PENDING.</para>
/// <para>The Fargate launch rate is a token bucket of <see cref="FargateLaunchBurst"/> tokens
/// refilled at <see cref="FargateLaunchRatePerSecond"/> ("Fargate task launch rate: 100 burst,
/// 20 sustained per second", ECS service quotas).</para>
/// <para>Fargate Spot capacity is missing during <see cref="FargateSpotUnavailable"/>; running
/// FARGATE_SPOT tasks are interrupted at <see cref="FargateSpotInterruptions"/> (each time takes the
/// oldest running Spot task) and, with <see cref="FargateSpotInterruptionRatePerHour"/> &gt; 0, each
/// task is interrupted at an exponentially distributed time after it starts running.</para>
/// </remarks>
public sealed record EcsOptions
{
    /// <summary>Region used in ARNs.</summary>
    public string Region { get; init; } = "us-east-1";

    /// <summary>Account id used in ARNs.</summary>
    public string AccountId { get; init; } = "123456789012";

    /// <summary>Availability zone reported on tasks.</summary>
    public string AvailabilityZone { get; init; } = "us-east-1a";

    /// <summary>Time a Fargate task spends in PROVISIONING.</summary>
    public SecondsDistribution FargateProvisioning { get; init; } = SecondsDistribution.Triangular(5, 8, 12);

    /// <summary>Time a Fargate task spends in PENDING (image pull) before RUNNING.</summary>
    public SecondsDistribution FargatePending { get; init; } = SecondsDistribution.Triangular(35, 42, 48);

    /// <summary>Time an EC2 task spends in PENDING before RUNNING.</summary>
    public SecondsDistribution Ec2Pending { get; init; } = SecondsDistribution.Triangular(2, 4, 8);

    /// <summary>Time from the containers' exit to STOPPED (Fargate deprovisioning of the ENI).</summary>
    public SecondsDistribution FargateDeprovisioning { get; init; } = SecondsDistribution.Uniform(3, 10);

    /// <summary>Fargate launch bucket size.</summary>
    public double FargateLaunchBurst { get; init; } = 100;

    /// <summary>Fargate launch bucket refill per second.</summary>
    public double FargateLaunchRatePerSecond { get; init; } = 20;

    /// <summary>Windows during which FARGATE_SPOT has no capacity.</summary>
    public IReadOnlyList<TimeWindow> FargateSpotUnavailable { get; init; } = [];

    /// <summary>Times at which the oldest running FARGATE_SPOT task gets its interruption warning.</summary>
    public IReadOnlyList<DateTimeOffset> FargateSpotInterruptions { get; init; } = [];

    /// <summary>Mean interruptions per running FARGATE_SPOT task-hour (0: none at random).</summary>
    public double FargateSpotInterruptionRatePerHour { get; init; }

    /// <summary>Spot interruption warning to stop: AWS's two minutes.</summary>
    public TimeSpan SpotWarning { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Publishing period of AWS/ECS metrics (CloudWatch's one minute).</summary>
    public TimeSpan MetricsPeriod { get; init; } = TimeSpan.FromMinutes(1);
}
