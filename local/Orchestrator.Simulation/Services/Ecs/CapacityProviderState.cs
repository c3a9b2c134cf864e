using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.Ecs;

/// <summary>An Auto Scaling group capacity provider created with CreateCapacityProvider.</summary>
internal sealed class CapacityProviderState
{
    public required string Name { get; init; }

    /// <summary>The cluster it was created for, or null when usable with any cluster.</summary>
    public string? ClusterName { get; init; }

    /// <summary>True when managed scaling is ENABLED: tasks wait in PROVISIONING for capacity instead of failing placement.</summary>
    public bool ManagedScaling { get; init; }

    /// <summary>The CapacityProvider shape.</summary>
    public required JsonObject Json { get; init; }
}
