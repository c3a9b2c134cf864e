namespace Orchestrator.Simulation.Scenarios.Sections;

/// <summary><c>startup:</c> how long ECS takes to start a task: on Fargate provisioning (capacity and
/// network interface) then the image pull; on EC2 the image pull on the instance.</summary>
public sealed class StartupSection
{
    public FargateStartupSection? Fargate { get; set; }
    public Ec2StartupSection? Ec2 { get; set; }
}
