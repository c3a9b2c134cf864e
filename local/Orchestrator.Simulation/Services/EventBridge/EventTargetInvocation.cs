namespace Orchestrator.Simulation.Services.EventBridge;

/// <summary>One delivery to a target: what EventBridge (a rule), EventBridge Scheduler or SNS hands to the target's service.</summary>
/// <param name="TargetArn">The target's ARN (state machine, Lambda function, SQS queue…).</param>
/// <param name="Input">The text the target receives: the event JSON, a constant Input, an InputPath result or a transformed template.</param>
/// <param name="SourceArn">The rule, schedule or subscription that delivered it.</param>
/// <param name="EventId">The event's id, when the delivery carries an event.</param>
public sealed record EventTargetInvocation(string TargetArn, string Input, string SourceArn, string? EventId);
