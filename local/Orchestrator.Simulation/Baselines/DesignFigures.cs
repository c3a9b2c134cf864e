namespace Orchestrator.Simulation.Baselines;

/// <summary>One column of the comparison: what one design did with the scenario.</summary>
/// <param name="Design">The design's name (<see cref="DesignNames"/>).</param>
/// <param name="NotRun">Why the design could not run the scenario; null when it ran (the other figures are then meaningful).</param>
/// <param name="StartLatency">enqueue→start p50, p95, p99 (null: no message started).</param>
/// <param name="DoneLatency">enqueue→done (deleted) p50, p95, p99.</param>
/// <param name="LargestBurstDrained">From the largest burst's first message until its last one was deleted or dead-lettered; null if not by the horizon.</param>
/// <param name="KilledMidWork">Messages being processed by a task the scaler stopped (distinct messages).</param>
/// <param name="ProcessedTwice">Messages a task finished successfully more than once.</param>
/// <param name="Lost">Messages dropped without ever succeeding.</param>
/// <param name="StillQueued">Messages still in the work queue at the horizon.</param>
/// <param name="Processed">Messages deleted after success.</param>
public sealed record DesignFigures(
    string Design,
    string? NotRun,
    Percentiles? StartLatency,
    Percentiles? DoneLatency,
    TimeSpan? LargestBurstDrained,
    int KilledMidWork,
    int ProcessedTwice,
    int Lost,
    int StillQueued,
    int Processed,
    double TaskHours,
    double InstanceHours,
    double SpotCost,
    double OnDemandCost,
    double OrchestrationCost)
{
    public double TotalCost => SpotCost + OnDemandCost + OrchestrationCost;

    /// <summary>Total cost per million processed messages (null when none was processed).</summary>
    public double? CostPerMillion => Processed == 0 ? null : TotalCost / Processed * 1_000_000;

    public static DesignFigures Skipped(string design, string reason) =>
        new(design, reason, null, null, null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}

/// <summary>Nearest-rank p50, p95 and p99 of a set of durations.</summary>
public sealed record Percentiles(TimeSpan P50, TimeSpan P95, TimeSpan P99)
{
    public static Percentiles? Of(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? null : new Percentiles(At(sorted, 0.50), At(sorted, 0.95), At(sorted, 0.99));
    }

    private static TimeSpan At(List<TimeSpan> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
