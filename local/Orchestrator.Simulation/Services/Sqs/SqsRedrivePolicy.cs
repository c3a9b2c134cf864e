namespace Orchestrator.Simulation.Services.Sqs;

/// <summary>A queue's RedrivePolicy: move a message to <paramref name="DeadLetterTargetArn"/> on the receive that would exceed <paramref name="MaxReceiveCount"/>.</summary>
internal sealed record SqsRedrivePolicy(string DeadLetterTargetArn, int MaxReceiveCount);
