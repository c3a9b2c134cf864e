namespace Orchestrator.Simulation.Services.Sns;

/// <summary>A confirmed subscription: protocol (sqs or lambda), endpoint ARN, and whether SQS gets the raw message.</summary>
internal sealed class SnsSubscription(string arn, string topicArn, string protocol, string endpoint)
{
    public string Arn { get; } = arn;

    public string TopicArn { get; } = topicArn;

    public string Protocol { get; } = protocol;

    public string Endpoint { get; } = endpoint;

    public bool RawMessageDelivery { get; set; }
}
