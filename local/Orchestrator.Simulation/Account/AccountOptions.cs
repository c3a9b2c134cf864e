using Orchestrator.Simulation.Integrations;
using Orchestrator.Simulation.Services.Ecs;
using Orchestrator.Simulation.Services.EventBridge;
using Orchestrator.Simulation.Services.Lambda;
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

    /// <summary>EventBridge delivery; set StopSchedulesAt to the run's horizon so schedules end.</summary>
    public EventBridgeOptions EventBridge { get; init; } = new();
    public LambdaOptions Lambda { get; init; } = new();
    public IntegrationOptions Integrations { get; init; } = new();

    /// <summary>What an ECS task does with its batch.</summary>
    public WorkloadModel Workload { get; init; } = new();
}
