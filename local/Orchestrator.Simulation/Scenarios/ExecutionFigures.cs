namespace Orchestrator.Simulation.Scenarios;

/// <summary>Step Functions executions of the run (<see cref="ExecutionTracker"/>).</summary>
/// <param name="ByOutcome">Finished executions per "state machine outcome".</param>
/// <param name="TransitionsPerTask">State transitions of every execution per ECS task run (0 without tasks).</param>
/// <param name="Failures">The first failed executions with error and cause (<see cref="FailedCount"/> counts all).</param>
public sealed record ExecutionFigures(
    int Finished,
    int Running,
    IReadOnlyDictionary<string, int> ByOutcome,
    long StateTransitions,
    double TransitionsPerTask,
    long LambdaInvocations,
    int FailedCount,
    IReadOnlyList<FailedExecution> Failures);
