namespace Orchestrator.Simulation.Services.Sns;

/// <summary>A record of one delivery attempt to a subscriber.</summary>
/// <param name="At">Virtual time of the delivery.</param>
/// <param name="SubscriptionArn">The subscription.</param>
/// <param name="Endpoint">The queue or function ARN.</param>
/// <param name="Payload">The SQS message body or the Lambda event, as delivered.</param>
/// <param name="Error">Why it failed; null on success.</param>
public sealed record SnsDelivery(DateTimeOffset At, string SubscriptionArn, string Endpoint, string Payload, string? Error);
