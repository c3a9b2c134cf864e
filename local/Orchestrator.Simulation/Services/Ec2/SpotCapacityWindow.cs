namespace Orchestrator.Simulation.Services.Ec2;

/// <summary>
/// Spot capacity of the pools matching <see cref="InstanceType"/> and <see cref="AvailabilityZone"/>
/// (null matches any) from <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive).
/// </summary>
/// <remarks>
/// When windows overlap, the one listed last wins. Outside every window a pool is
/// <see cref="SpotCapacityState.Available"/>. With <see cref="InterruptRunning"/>, the pool's running
/// Spot instances are interrupted when the window starts (two-minute warning, then termination),
/// as EC2 reclaims capacity it needs back.
/// </remarks>
public sealed record SpotCapacityWindow(
    DateTimeOffset Start,
    DateTimeOffset End,
    SpotCapacityState State,
    string? InstanceType = null,
    string? AvailabilityZone = null,
    double Probability = 0.5,
    bool InterruptRunning = false)
{
    /// <summary>True when the window is open at <paramref name="at"/> and covers the pool.</summary>
    public bool Covers(DateTimeOffset at, string instanceType, string availabilityZone) =>
        at >= Start && at < End
        && (InstanceType is null || InstanceType == instanceType)
        && (AvailabilityZone is null || AvailabilityZone == availabilityZone);
}
