using Orchestrator.Simulation.Scenarios.Sections;
using Orchestrator.Simulation.Services.Ecs;

namespace Orchestrator.Simulation.Scenarios;

/// <summary>
/// The <c>startup:</c> section: how long ECS takes from RunTask to RUNNING. Fargate: PROVISIONING
/// (capacity and the task's network interface) then PENDING (the image pull); EC2: PENDING on the
/// instance. Unset parts keep <see cref="EcsOptions"/>' defaults, which docs/SCENARIOS.md cites.
/// </summary>
internal static class ScenarioStartup
{
    public static EcsOptions Apply(EcsOptions ecs, StartupSection? startup) => startup is null ? ecs : ecs with
    {
        FargateProvisioning = ScenarioDistributions.Parse(startup.Fargate?.Provisioning, "startup.fargate.provisioning", ecs.FargateProvisioning),
        FargatePending = ScenarioDistributions.Parse(startup.Fargate?.ImagePull, "startup.fargate.imagePull", ecs.FargatePending),
        Ec2Pending = ScenarioDistributions.Parse(startup.Ec2?.ImagePull, "startup.ec2.imagePull", ecs.Ec2Pending),
    };
}
