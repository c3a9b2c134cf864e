namespace Orchestrator.Simulation.Services.Sqs;

/// <summary>Settings of the simulated SQS.</summary>
/// <param name="Region">Region in queue URLs and ARNs.</param>
/// <param name="AccountId">Account in queue URLs and ARNs (AWS's documentation example account by default).</param>
/// <param name="MetricsIdleMinutes">
/// How many one-minute metric periods are still published after every queue went idle (empty, no
/// traffic) before the publisher stops, so an idle simulation's scheduler runs dry. 5 lets an alarm
/// over a few periods see the queue return to zero.
/// </param>
/// <param name="ShortPolling">Server sampling of short polls (<see cref="Sqs.ShortPolling"/>); null:
/// a short poll sees every visible message, as a long poll does.</param>
public sealed record SqsOptions(
    string Region = "us-east-1",
    string AccountId = "123456789012",
    int MetricsIdleMinutes = 5,
    ShortPolling? ShortPolling = null);
