using Orchestrator.Simulation.Services.Ecs;

namespace Orchestrator.Simulation.Workload;

/// <summary>
/// The account's <see cref="ITaskBehavior"/>: tasks of a service given a behaviour of its own (a polling
/// worker of a design the comparison models) run that; every other task runs the batch workload.
/// </summary>
public sealed class TaskBehaviors(ITaskBehavior batches) : ITaskBehavior
{
    private readonly Dictionary<string, ITaskBehavior> _byService = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ITaskBehavior> _byTask = new(StringComparer.Ordinal);

    /// <summary>Tasks of <paramref name="serviceName"/> run <paramref name="behavior"/> from now on.</summary>
    public void ForService(string serviceName, ITaskBehavior behavior) => _byService[serviceName] = behavior;

    /// <inheritdoc/>
    public TaskPlan Plan(TaskStartContext context)
    {
        var behavior = context.ServiceName is { } service && _byService.TryGetValue(service, out var own) ? own : batches;
        if (!ReferenceEquals(behavior, batches))
        {
            _byTask[context.TaskArn] = behavior;
        }

        return behavior.Plan(context);
    }

    /// <inheritdoc/>
    public void Started(string taskArn, DateTimeOffset time) => Of(taskArn).Started(taskArn, time);

    /// <inheritdoc/>
    public void Stopped(string taskArn, bool succeeded, DateTimeOffset time)
    {
        Of(taskArn).Stopped(taskArn, succeeded, time);
        _byTask.Remove(taskArn);
    }

    private ITaskBehavior Of(string taskArn) => _byTask.GetValueOrDefault(taskArn) ?? batches;
}
