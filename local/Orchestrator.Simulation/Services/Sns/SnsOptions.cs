namespace Orchestrator.Simulation.Services.Sns;

/// <summary>Settings of the simulated SNS.</summary>
/// <param name="Region">Region in ARNs and URLs.</param>
/// <param name="AccountId">Account in ARNs.</param>
/// <param name="DeliveryLatency">Time from Publish to delivery to each subscriber (SNS delivers within tens of milliseconds; 0.1 s by default).</param>
public sealed record SnsOptions(string Region = "us-east-1", string AccountId = "123456789012", TimeSpan? DeliveryLatency = null)
{
    /// <summary>The latency used: <see cref="DeliveryLatency"/> or 0.1 s.</summary>
    public TimeSpan Latency => DeliveryLatency ?? TimeSpan.FromMilliseconds(100);
}
