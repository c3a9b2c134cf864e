namespace Orchestrator.Core.Capacity;

/// <summary>What a backfill run has seen so far, carried from one check to the next.</summary>
/// <param name="Checks">Re-checks already made (bounded by MaxRechecks).</param>
/// <param name="FirstShortfallAt">When this run first saw a shortfall (ISO 8601), or null.</param>
/// <param name="LastTarget">The Spot pool's target at the previous check, or null.</param>
public sealed record BackfillObservation(int Checks, string? FirstShortfallAt = null, double? LastTarget = null)
{
    public static BackfillObservation None { get; } = new(0);
}
