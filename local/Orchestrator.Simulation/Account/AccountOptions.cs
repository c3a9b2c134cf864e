using Orchestrator.Simulation.Faults;
using Orchestrator.Simulation.Integrations;
using Orchestrator.Simulation.Services.AutoScaling;
using Orchestrator.Simulation.Services.Ec2;
using Orchestrator.Simulation.Services.Ecs;
using Orchestrator.Simulation.Services.EventBridge;
using Orchestrator.Simulation.Services.EventBridge.Pipes;
using Orchestrator.Simulation.Services.Lambda;
using Orchestrator.Simulation.Services.Scheduling;
using Orchestrator.Simulation.Services.Sns;
using Orchestrator.Simulation.Services.Sqs;
using Orchestrator.Simulation.Workload;

namespace Orchestrator.Simulation.Account;

/// <summary>Everything that shapes a simulated account, all optional.</summary>
public sealed record AccountOptions
{
    /// <summary>The seed every random draw of the run derives from.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>When the virtual clock starts.</summary>
    public DateTimeOffset Start { get; init; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public EcsOptions Ecs { get; init; } = new();

    /// <summary>SQS: region, account, short-poll server sampling.</summary>
    public SqsOptions Sqs { get; init; } = new();

    /// <summary>EventBridge delivery; set StopSchedulesAt to the run's horizon so schedules end.</summary>
    public EventBridgeOptions EventBridge { get; init; } = new();
    public LambdaOptions Lambda { get; init; } = new();
    public IntegrationOptions Integrations { get; init; } = new();

    /// <summary>What an ECS task does with its batch.</summary>
    public WorkloadModel Workload { get; init; } = new();

    /// <summary>EC2: instance types, boot delay, Spot capacity over time and interruptions.</summary>
    public Ec2Options Ec2 { get; init; } = new();

    /// <summary>EC2 Auto Scaling, including its own per-operation faults.</summary>
    public AutoScalingOptions AutoScaling { get; init; } = new();

    public SnsOptions Sns { get; init; } = new();

    /// <summary>EventBridge Scheduler; set StopSchedulesAt to the run's horizon so schedules end.</summary>
    public SchedulerOptions Scheduler { get; init; } = new();

    /// <summary>EventBridge Pipes; set StopPollingAt to the run's horizon so polling ends.</summary>
    public PipesOptions Pipes { get; init; } = new();

    /// <summary>Whether the message log keeps every event and every finished message (tests query them);
    /// false for long runs, which keep only streamed statistics and the messages SQS still holds.</summary>
    public bool KeepMessageHistory { get; init; } = true;

    /// <summary>Which finished executions keep their history (null: all, as tests expect); scenario runs keep
    /// failed ones and a sample (<see cref="ExecutionRetention"/>).</summary>
    public ExecutionRetention? KeepExecutions { get; init; }

    /// <summary>Failures injected into the AWS calls state machines make (aws-sdk and optimized integrations).</summary>
    public IReadOnlyList<ApiFault> ApiFaults { get; init; } = [];
}
