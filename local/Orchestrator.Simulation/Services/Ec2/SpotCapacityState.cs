namespace Orchestrator.Simulation.Services.Ec2;

/// <summary>How much Spot capacity a pool (instance type × Availability Zone) has during a window.</summary>
public enum SpotCapacityState
{
    /// <summary>Every Spot launch succeeds.</summary>
    Available,

    /// <summary>A Spot launch succeeds with the window's probability (drawn from the seeded random).</summary>
    Scarce,

    /// <summary>No Spot launch succeeds ("InsufficientInstanceCapacity").</summary>
    Gone,
}
