namespace Orchestrator.Simulation.Recording;

/// <summary>One receive of a message: when, its receive count then, and the receipt handle given out.</summary>
public sealed record MessageReceive(DateTimeOffset Time, int ReceiveCount, string ReceiptHandle, string QueueName);
