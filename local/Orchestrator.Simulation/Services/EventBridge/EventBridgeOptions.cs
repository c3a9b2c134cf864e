using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Services.EventBridge;

/// <summary>Settings of the simulated EventBridge, including seeded fault injection.</summary>
/// <param name="Region">Region in ARNs and event envelopes.</param>
/// <param name="AccountId">Account in ARNs and envelopes.</param>
/// <param name="DeliveryLatency">Time from an event's arrival to its delivery to each target (EventBridge delivers in well under a second; 0.5 s by default).</param>
/// <param name="DuplicateDeliveryProbability">Chance that a delivery happens twice (EventBridge guarantees at-least-once delivery, so targets must be idempotent).</param>
/// <param name="DelayedDeliveryProbability">Chance that a delivery is held back by an extra delay.</param>
/// <param name="MaxExtraDelay">The extra delay of a held-back delivery is uniform in [0, this] (unless <paramref name="ExtraDelayDistribution"/> is given).</param>
/// <param name="StopSchedulesAt">
/// Horizon for scheduled rules: a rule schedules its next firing only when it is before this time, so a
/// simulation with recurring rules still runs dry and <c>Scheduler.Run()</c> returns. Null: no horizon
/// (then run the scheduler with an end time).
/// </param>
/// <param name="ExtraDelayDistribution">
/// Draws the extra delay of a held-back delivery from the bus's fault stream (e.g. an exponential or
/// a heavy tail); null for uniform in [0, <paramref name="MaxExtraDelay"/>]. Must not return a negative delay.
/// </param>
public sealed record EventBridgeOptions(
    string Region = "us-east-1",
    string AccountId = "123456789012",
    TimeSpan? DeliveryLatency = null,
    double DuplicateDeliveryProbability = 0,
    double DelayedDeliveryProbability = 0,
    TimeSpan MaxExtraDelay = default,
    DateTimeOffset? StopSchedulesAt = null,
    Func<SeededRandom, TimeSpan>? ExtraDelayDistribution = null)
{
    /// <summary>The latency used: <see cref="DeliveryLatency"/> or 0.5 s.</summary>
    public TimeSpan Latency => DeliveryLatency ?? TimeSpan.FromMilliseconds(500);
}
