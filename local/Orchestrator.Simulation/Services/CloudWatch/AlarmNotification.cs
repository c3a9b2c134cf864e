namespace Orchestrator.Simulation.Services.CloudWatch;

/// <summary>An alarm action's SNS publish: the topic, the subject CloudWatch sets, and the alarm message JSON (as a string, as SNS delivers it).</summary>
public sealed record AlarmNotification(string TopicArn, string Subject, string Message);
