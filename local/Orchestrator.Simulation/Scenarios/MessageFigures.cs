namespace Orchestrator.Simulation.Scenarios;

/// <summary>The messages sent to the work queue and what became of them.</summary>
/// <param name="Processed">Deleted after their task succeeded.</param>
/// <param name="DeadLettered">Moved to the dead-letter queue by redrive.</param>
/// <param name="DeadLetteredPoison">Of those, messages that carried the poison marker.</param>
/// <param name="Lost">Dropped by SQS (retention, purge) without a task having succeeded on them.</param>
/// <param name="StillQueued">Still in the work queue at the horizon.</param>
/// <param name="DeletedBeforeSuccess">Deleted while no task had finished them successfully (must be 0).</param>
/// <param name="ReceivesP50">Receives per message that left the queue, median.</param>
/// <param name="ReceivesMax">The most receives one message had.</param>
public sealed record MessageFigures(
    long Sent,
    long Processed,
    long DeadLettered,
    long DeadLetteredPoison,
    long Lost,
    long StillQueued,
    long DeletedBeforeSuccess,
    int ReceivesP50,
    int ReceivesMax,
    Percentiles EnqueueToStart,
    Percentiles EnqueueToDone);

/// <summary>A latency distribution in seconds (nearest-rank percentiles, within 1 %, see <see cref="Recording.LatencyHistogram"/>).</summary>
public sealed record Percentiles(long Count, double P50, double P95, double P99, double Max)
{
    public static Percentiles Of(Recording.LatencyHistogram h) =>
        new(h.Count, Seconds(h.Percentile(0.50)), Seconds(h.Percentile(0.95)), Seconds(h.Percentile(0.99)), Seconds(h.Max));

    private static double Seconds(TimeSpan t) => Math.Round(t.TotalSeconds, 1);
}
