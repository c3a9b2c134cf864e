using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.Ecs;

/// <summary>One registered task definition revision.</summary>
internal sealed class TaskDefinitionState
{
    public required string Arn { get; init; }

    public required string Family { get; init; }

    public required int Revision { get; init; }

    /// <summary>Task-level CPU units, or the sum of the containers' when the definition sets none.</summary>
    public required int Cpu { get; init; }

    /// <summary>Task-level memory in MiB, or the sum of the containers'.</summary>
    public required int Memory { get; init; }

    public required IReadOnlyList<ContainerSpec> Containers { get; init; }

    /// <summary>The TaskDefinition shape as DescribeTaskDefinition answers it.</summary>
    public required JsonObject Json { get; init; }

    public ContainerSpec FirstEssential => Containers.FirstOrDefault(c => c.Essential) ?? Containers[0];
}
