namespace Orchestrator.Simulation.Workload.Traffic;

/// <summary>One row of a replayed CSV: <see cref="Count"/> messages in the period starting <see cref="Offset"/> after the run's start.</summary>
public sealed record ReplayRow(TimeSpan Offset, int Count);
