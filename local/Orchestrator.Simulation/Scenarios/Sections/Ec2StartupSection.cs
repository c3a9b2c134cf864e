namespace Orchestrator.Simulation.Scenarios.Sections;

/// <summary><c>startup.ec2: {imagePull}</c>: PENDING on a container instance, a distribution in seconds.
/// Finding an instance with room is not a delay here: the cluster's own capacity decides it.</summary>
public sealed class Ec2StartupSection
{
    public DistributionSection? ImagePull { get; set; }
}
