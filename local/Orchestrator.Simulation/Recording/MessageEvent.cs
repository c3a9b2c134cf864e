namespace Orchestrator.Simulation.Recording;

/// <summary>One entry of a <see cref="MessageLog"/>: what happened to which message, when and where.</summary>
/// <param name="Time">Virtual time of the event.</param>
/// <param name="Kind">What happened.</param>
/// <param name="MessageId">The SQS message id (kept when a message moves to a dead-letter queue, as AWS does).</param>
/// <param name="QueueName">The queue the message was in ("" for task events about a message never seen).</param>
/// <param name="ReceiveCount">ApproximateReceiveCount after a receive; 0 otherwise.</param>
/// <param name="Detail">The receipt handle (Received), task ARN (Task*), dead-letter queue name (DeadLettered), or null.</param>
/// <param name="Succeeded">For TaskFinished: whether the task succeeded.</param>
public sealed record MessageEvent(
    DateTimeOffset Time,
    MessageEventKind Kind,
    string MessageId,
    string QueueName,
    int ReceiveCount = 0,
    string? Detail = null,
    bool? Succeeded = null);
