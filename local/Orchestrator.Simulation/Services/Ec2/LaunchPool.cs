namespace Orchestrator.Simulation.Services.Ec2;

/// <summary>One candidate pool of a fleet or group: an instance type in one Availability Zone, with the capacity units an instance counts for.</summary>
internal sealed record LaunchPool(int Index, InstanceTypeInfo Type, string AvailabilityZone, double Weight, double Priority)
{
    public decimal PricePerUnit(bool spot) => Type.Hourly(spot) / (decimal)Weight;
}
