namespace Orchestrator.Simulation.Recording;

/// <summary>A workload task that processed a message: started, and (once known) finished with its outcome.</summary>
public sealed record TaskRun(string TaskArn, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt = null, bool? Succeeded = null);
