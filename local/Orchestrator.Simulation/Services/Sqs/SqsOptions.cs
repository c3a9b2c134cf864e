namespace Orchestrator.Simulation.Services.Sqs;

/// <summary>Settings of the simulated SQS.</summary>
/// <param name="Region">Region in queue URLs and ARNs.</param>
/// <param name="AccountId">Account in queue URLs and ARNs (AWS's documentation example account by default).</param>
/// <param name="MetricsIdleMinutes">
/// How long a queue stays active, and keeps publishing its one-minute metrics, after it last held a
/// message or was called: six hours ("All metrics emit non-negative values only when the queue is
/// active", SQS Developer Guide, "Available CloudWatch metrics for Amazon SQS"; a queue idle for about
/// 6 hours stops, AWS-FACTS). Once every queue sleeps the publisher stops, so an idle simulation's
/// scheduler runs dry.
/// </param>
/// <param name="MaxMetricsResumeMinutes">
/// A queue woken after sleeping publishes again only after a lag of up to this long (AWS-FACTS: "after
/// about 6 h idle a queue's metrics can lag up to 15 min"), spread deterministically by queue and time.
/// </param>
/// <param name="ShortPolling">Server sampling of short polls (<see cref="Sqs.ShortPolling"/>); null:
/// a short poll sees every visible message, as a long poll does.</param>
public sealed record SqsOptions(
    string Region = "us-east-1",
    string AccountId = "123456789012",
    int MetricsIdleMinutes = 360,
    int MaxMetricsResumeMinutes = 15,
    ShortPolling? ShortPolling = null);
