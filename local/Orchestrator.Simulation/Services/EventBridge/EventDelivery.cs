namespace Orchestrator.Simulation.Services.EventBridge;

/// <summary>A record of one attempted delivery to a target, for reports and tests.</summary>
/// <param name="At">Virtual time of the delivery.</param>
/// <param name="SourceArn">Rule (or schedule) ARN.</param>
/// <param name="TargetId">The target's Id in the rule.</param>
/// <param name="Invocation">What was delivered.</param>
/// <param name="Error">Why it failed (no handler for the ARN, or the target's error); null on success.</param>
public sealed record EventDelivery(DateTimeOffset At, string SourceArn, string TargetId, EventTargetInvocation Invocation, string? Error);
