namespace Orchestrator.Simulation.Services.EventBridge.Pipes;

/// <summary>Settings of the simulated EventBridge Pipes.</summary>
/// <param name="Region">Region in pipe ARNs and in the records' awsRegion.</param>
/// <param name="AccountId">Account in pipe ARNs.</param>
/// <param name="IdlePollInterval">
/// How long a pipe waits after a receive that found nothing. Pipes long-polls SQS (up to 20 s), which
/// picks a message up almost as soon as it arrives; polling every second approximates that.
/// </param>
/// <param name="StopPollingAt">
/// Horizon: pipes schedule no poll at or after this time, so <c>Scheduler.Run()</c> finishes. Null:
/// pipes poll for ever (then run the clock with an end time).
/// </param>
public sealed record PipesOptions(
    string Region = "us-east-1",
    string AccountId = "123456789012",
    TimeSpan? IdlePollInterval = null,
    DateTimeOffset? StopPollingAt = null)
{
    /// <summary>The idle poll interval used: <see cref="IdlePollInterval"/> or 1 s.</summary>
    public TimeSpan PollInterval => IdlePollInterval ?? TimeSpan.FromSeconds(1);
}
