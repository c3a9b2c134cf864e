namespace Orchestrator.Simulation.Scenarios;

/// <summary>ECS tasks of the run and how they ended (<see cref="TaskTracker"/>).</summary>
/// <param name="Running">Not yet stopped at the horizon.</param>
/// <param name="MaxConcurrentTasks">The stack's cap (0 when there is none, as in a capacity scenario).</param>
/// <param name="TimedOut">Stopped by Step Functions (the task state's timeout, or its execution stopped).</param>
/// <param name="StoppedByScaleIn">Killed because their instance was terminated other than by a Spot reclaim (must be 0).</param>
/// <param name="OnDemandFallbacks">Tasks placed on the on-demand provider after Spot refused.</param>
public sealed record TaskFigures(
    int Started,
    int Running,
    int PeakConcurrent,
    int MaxConcurrentTasks,
    IReadOnlyDictionary<string, int> ByCapacityProvider,
    int Succeeded,
    int Failed,
    int TimedOut,
    int SpotInterrupted,
    int FailedToStart,
    int StoppedByScaleIn,
    int OnDemandFallbacks);
