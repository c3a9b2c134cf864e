namespace Orchestrator.Simulation.Integrations;

/// <summary>How Step Functions names a service's errors for an integration (AWS-FACTS.md):
/// aws-sdk integrations use the Java SDK v2 style (<c>Sqs.QueueDoesNotExistException</c>),
/// optimized ones the older style (<c>SQS.AmazonSQSException</c>, <c>DynamoDB.ConditionalCheckFailedException</c>).</summary>
public enum ErrorStyle
{
    Sdk,
    Optimized,
}
