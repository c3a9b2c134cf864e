using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.Ecs;

/// <summary>
/// Places tasks on container instances with the binpack strategy on memory: the ACTIVE instance
/// with the least memory left that still fits the task (ties: least CPU left, then registration
/// order). Binpack is chosen because it is what a cost-minded batch cluster configures, and it
/// leaves whole instances empty for scale-in.
/// </summary>
/// <remarks>
/// DRAINING and INACTIVE instances never receive tasks (UpdateContainerInstancesState docs: "Amazon
/// ECS prevents new tasks from being scheduled for placement on the container instance"). When no
/// instance fits, each candidate yields a RunTask failure with AWS's reason RESOURCE:MEMORY or
/// RESOURCE:CPU (memory is checked first) and the instance ARN ("API failure reasons", ECS guide).
/// </remarks>
internal static class TaskPlacer
{
    public static ContainerInstanceState? Place(IEnumerable<ContainerInstanceState> candidates, TaskDefinitionState definition) =>
        candidates
            .Where(i => i.Status == "ACTIVE" && i.RemainingCpu >= definition.Cpu && i.RemainingMemory >= definition.Memory)
            .OrderBy(i => i.RemainingMemory)
            .ThenBy(i => i.RemainingCpu)
            .FirstOrDefault();

    public static IEnumerable<JsonObject> Failures(IEnumerable<ContainerInstanceState> candidates, TaskDefinitionState definition) =>
        candidates
            .Where(i => i.Status == "ACTIVE")
            .Select(i => new JsonObject
            {
                ["arn"] = i.Arn,
                ["reason"] = i.RemainingMemory < definition.Memory ? "RESOURCE:MEMORY" : "RESOURCE:CPU",
            });
}
