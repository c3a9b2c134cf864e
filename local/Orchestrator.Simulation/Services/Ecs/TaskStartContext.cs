namespace Orchestrator.Simulation.Services.Ecs;

/// <summary>What a <see cref="ITaskBehavior"/> knows about a task when planning it.</summary>
/// <param name="TaskArn">The new task's ARN.</param>
/// <param name="Family">Its task definition family.</param>
/// <param name="ContainerName">The first essential container's name.</param>
/// <param name="Environment">That container's environment: the definition's, then the RunTask overrides on top.</param>
/// <param name="ServiceName">The service that started it, or null for a standalone RunTask task.</param>
/// <param name="CapacityProviderName">FARGATE, FARGATE_SPOT, an Auto Scaling group provider, or "" for the EC2 launch type.</param>
public sealed record TaskStartContext(
    string TaskArn,
    string Family,
    string ContainerName,
    IReadOnlyDictionary<string, string> Environment,
    string? ServiceName,
    string CapacityProviderName);
