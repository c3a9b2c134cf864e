namespace Orchestrator.Simulation.Services.CloudWatch;

/// <summary>An alarm invoking an Auto Scaling (or Application Auto Scaling) policy action.</summary>
/// <param name="PolicyArn">The action: a scaling policy ARN (<c>arn:aws:autoscaling:…:scalingPolicy:…</c>).</param>
/// <param name="AlarmName">The alarm that invoked it.</param>
/// <param name="State">The alarm's state (the action belongs to this state's action list).</param>
/// <param name="Value">The newest evaluated datapoint (null when it was missing).</param>
/// <param name="Threshold">The alarm's threshold: step adjustments are relative to it.</param>
public sealed record ScalingActionInvocation(string PolicyArn, string AlarmName, string State, double? Value, double Threshold);
