namespace Orchestrator.Simulation.Scenarios.Sections;

/// <summary><c>startup.fargate: {provisioning, imagePull}</c>, each a duration distribution in seconds.</summary>
public sealed class FargateStartupSection
{
    public DistributionSection? Provisioning { get; set; }
    public DistributionSection? ImagePull { get; set; }
}
