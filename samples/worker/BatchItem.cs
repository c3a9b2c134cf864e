namespace Orchestrator.SampleWorker;

/// <summary>One message of the batch document (schemas/batch.schema.json).</summary>
/// <param name="ReceiveCount">SQS ApproximateReceiveCount; 1 when the document does not say.</param>
public sealed record BatchItem(string MessageId, string ReceiptHandle, string Body, int ReceiveCount);
