namespace Orchestrator.Simulation.Services.CloudWatch;

/// <summary>
/// The outcome of one alarm evaluation: the new state (null: keep the current one), and the data
/// points that decided it (newest first, null value = missing).
/// </summary>
internal sealed record AlarmEvaluation(string? State, IReadOnlyList<(DateTimeOffset Start, double? Value)> Evaluated, int Deciding);
