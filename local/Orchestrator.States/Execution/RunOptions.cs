using Orchestrator.States.Integrations;
using Orchestrator.States.Mocks;

namespace Orchestrator.States.Execution;

/// <summary>Settings for one <see cref="LocalRunner.Run"/>; all optional.</summary>
public sealed record RunOptions
{
    /// <summary>A mock configuration; with <see cref="TestCase"/>, picks the mocked states.</summary>
    public MockConfiguration? Mocks { get; init; }

    /// <summary>The test case of <see cref="Mocks"/> to use.</summary>
    public string? TestCase { get; init; }

    /// <summary>The seed of the run's random source (task tokens, jitter, intrinsics).</summary>
    public long Seed { get; init; }

    /// <summary>The virtual start time.</summary>
    public DateTimeOffset Start { get; init; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The state machine name (ARNs, and the mock configuration's StateMachines key).</summary>
    public string StateMachineName { get; init; } = "LocalStateMachine";

    /// <summary>The execution name.</summary>
    public string ExecutionName { get; init; } = "local-execution";

    /// <summary>Integrations for Task states not mocked.</summary>
    public IReadOnlyList<IServiceIntegration> Integrations { get; init; } = [];
}
