using Orchestrator.States.Mocks;

namespace Orchestrator.States.Execution;

/// <summary>Per-execution settings for <see cref="StepFunctionsEngine.Start"/>; all optional.</summary>
public sealed record ExecutionOptions
{
    /// <summary>The execution name, unique per state machine on an engine. Null (the default)
    /// gets a UUID drawn from the engine's random source, as StartExecution does without a name.</summary>
    public string? Name { get; init; }

    /// <summary>The state machine name, used in ARNs and to pick mock test cases.</summary>
    public string StateMachineName { get; init; } = "LocalStateMachine";

    /// <summary>The region in ARNs and TaskScheduled events.</summary>
    public string Region { get; init; } = "us-east-1";

    /// <summary>The account in ARNs.</summary>
    public string Account { get; init; } = "123456789012";

    /// <summary>The execution role; defaults to a service role named after the state machine.</summary>
    public string? RoleArn { get; init; }

    /// <summary>Mocked responses by Task state name (see <see cref="MockConfiguration.Resolve"/>), or null.</summary>
    public IReadOnlyDictionary<string, MockedResponse>? MockedStates { get; init; }
}
