namespace Orchestrator.Simulation.Workload;

/// <summary>One SQS message handed to a task in its <see cref="BatchEnvelope"/>.</summary>
/// <param name="MessageId">The SQS message id.</param>
/// <param name="ReceiptHandle">The receipt handle of the receive that produced the batch.</param>
/// <param name="Body">The message body.</param>
public sealed record BatchMessage(string MessageId, string ReceiptHandle, string Body);
