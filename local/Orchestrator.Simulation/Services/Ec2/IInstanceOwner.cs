namespace Orchestrator.Simulation.Services.Ec2;

/// <summary>A Spot Fleet or Auto Scaling group told about the instances it launched.</summary>
internal interface IInstanceOwner
{
    void Running(Ec2Instance instance);

    /// <summary>An "EC2 Instance Rebalance Recommendation" (true) or interruption warning (false) was emitted.</summary>
    void AtRisk(Ec2Instance instance, bool rebalanceOnly);

    void Terminated(Ec2Instance instance, InstanceTerminationCause cause);
}
