namespace Orchestrator.Simulation.Services.Ecs;

/// <summary>
/// What the containers of a simulated task do: <see cref="SimulatedEcs"/> asks for a
/// <see cref="TaskPlan"/> when it accepts a task, and reports when the containers started and how
/// the task ended. <c>Workload.BatchWorkload</c> is the scenario-driven implementation.
/// </summary>
public interface ITaskBehavior
{
    /// <summary>Decides, once per task at RunTask (or service) launch, how the task will behave.</summary>
    TaskPlan Plan(TaskStartContext context);

    /// <summary>The task reached RUNNING: its containers started work.</summary>
    void Started(string taskArn, DateTimeOffset time);

    /// <summary>
    /// A task that had reached RUNNING stopped. <paramref name="succeeded"/> is true only when its
    /// essential container finished its work by itself with exit code 0.
    /// </summary>
    void Stopped(string taskArn, bool succeeded, DateTimeOffset time);
}
