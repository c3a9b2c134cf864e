namespace Orchestrator.Simulation.Services.Ecs;

/// <summary>Where one task goes: its launch type and capacity provider ("" when launched by launch type).</summary>
internal sealed record LaunchTarget(string LaunchType, string CapacityProviderName)
{
    public bool IsFargate => LaunchType == "FARGATE";

    public bool IsFargateSpot => CapacityProviderName == "FARGATE_SPOT";
}
