namespace Orchestrator.Simulation.Services.Sqs;

/// <summary>What a receipt handle was issued for: the queue and message of one receive.</summary>
internal sealed record SqsReceipt(SqsQueue Queue, SqsMessage Message);
