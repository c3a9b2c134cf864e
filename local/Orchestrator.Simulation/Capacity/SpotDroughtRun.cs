using Orchestrator.Simulation.Account;

namespace Orchestrator.Simulation.Capacity;

/// <summary>A finished <see cref="SpotDrought"/> run: the account to inspect, and its figures.</summary>
/// <param name="Deployment">The capacity stack, or null for the run without workflows.</param>
/// <param name="OnDemandMidDrought">On-demand instances running half-way through the drought.</param>
public sealed record SpotDroughtRun(
    SimulatedAccount Account,
    CapacityInfrastructure Infrastructure,
    CapacityDeployment? Deployment,
    QueuedTasks Jobs,
    CapacityReport Report,
    int OnDemandMidDrought);
