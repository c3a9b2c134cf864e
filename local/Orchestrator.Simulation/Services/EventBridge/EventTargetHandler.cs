namespace Orchestrator.Simulation.Services.EventBridge;

/// <summary>
/// Delivers one invocation to a target service (start a state machine execution, invoke a Lambda
/// function, send an SQS message). Throwing an <see cref="AwsServiceException"/> marks the delivery failed.
/// </summary>
public delegate void EventTargetHandler(EventTargetInvocation invocation);
