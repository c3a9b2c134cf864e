namespace Orchestrator.Simulation.Services.Sqs;

/// <summary>A ReceiveMessage request, checked and with the queue's defaults applied.</summary>
/// <param name="Queue">The queue.</param>
/// <param name="MaxNumberOfMessages">1–10 (default 1).</param>
/// <param name="VisibilityTimeout">Seconds the received messages stay hidden (request or queue default).</param>
/// <param name="WaitTimeSeconds">Long-poll wait, 0–20 (request or queue ReceiveMessageWaitTimeSeconds).</param>
/// <param name="SystemAttributes">System attribute names to return ("All" expanded).</param>
/// <param name="MessageAttributeNames">Message attribute names or prefixes ("All", ".*", "name.*").</param>
internal sealed record ReceiveParameters(
    SqsQueue Queue,
    int MaxNumberOfMessages,
    int VisibilityTimeout,
    int WaitTimeSeconds,
    IReadOnlySet<string> SystemAttributes,
    IReadOnlyList<string> MessageAttributeNames);
