namespace Orchestrator.Simulation.Scenarios;

/// <summary>An execution that did not succeed: which, when it stopped, and the error and cause it ended with.</summary>
public sealed record FailedExecution(string StateMachine, string Name, string Status, DateTimeOffset StoppedAt, string? Error, string? Cause);
