namespace Orchestrator.Simulation.Scenarios;

/// <summary>Where a run stands, reported every few simulated minutes (the CLI's progress line).</summary>
/// <param name="Elapsed">Simulated time since the start.</param>
/// <param name="MessagesDone">Work-queue messages deleted or dead-lettered so far.</param>
/// <param name="TasksRunning">ECS tasks not yet stopped.</param>
public sealed record RunProgress(TimeSpan Elapsed, TimeSpan Horizon, long MessagesSent, long MessagesDone, int TasksRunning);
