namespace Orchestrator.Simulation.Scenarios;

/// <summary>The EC2 cluster of a run: its pools, instance-hours and cost by purchase option, and the
/// on-demand group's size over the run.</summary>
/// <param name="OnDemandPeak">Most on-demand instances pending or in service at once (sampled each minute).</param>
/// <param name="OnDemandDuringDrought">On-demand instances half-way through the Spot drought (0 without one).</param>
/// <param name="OnDemandAtEnd">On-demand instances at the horizon.</param>
public sealed record CapacityFigures(
    string PoolKind,
    string InstanceType,
    string Workflows,
    int SpotTarget,
    int OnDemandMax,
    string Drought,
    double OnDemandInstanceHours,
    double SpotInstanceHours,
    double OnDemandCost,
    double SpotCost,
    int OnDemandPeak,
    int OnDemandDuringDrought,
    int OnDemandAtEnd);

/// <summary>A capacity scenario's job stream (<see cref="Capacity.QueuedTasks"/>): starts and waits for capacity.</summary>
public sealed record JobFigures(int Started, int StillWaiting, double WaitTaskMinutes, double LongestWaitSeconds);
