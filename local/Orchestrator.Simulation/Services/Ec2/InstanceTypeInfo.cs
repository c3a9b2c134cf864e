namespace Orchestrator.Simulation.Services.Ec2;

/// <summary>One EC2 instance type: its size and its us-east-1 Linux prices per hour (USD).</summary>
/// <param name="Name">The API name, e.g. <c>m5.large</c>.</param>
/// <param name="VCpu">Virtual CPUs.</param>
/// <param name="MemoryMiB">Memory in MiB.</param>
/// <param name="OnDemandHourly">On-demand price per hour.</param>
/// <param name="SpotHourly">A typical Spot price per hour (Spot prices move; this is a representative value).</param>
public sealed record InstanceTypeInfo(string Name, int VCpu, int MemoryMiB, decimal OnDemandHourly, decimal SpotHourly)
{
    /// <summary>The hourly price for the given purchase option.</summary>
    public decimal Hourly(bool spot) => spot ? SpotHourly : OnDemandHourly;
}
