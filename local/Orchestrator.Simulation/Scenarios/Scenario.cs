using Orchestrator.Simulation.Account;
using Orchestrator.Simulation.Workload.Traffic;

namespace Orchestrator.Simulation.Scenarios;

/// <summary>A checked scenario: the account it runs in, the stack, the traffic (sent by
/// <see cref="TrafficSender"/>) and the triggers (<see cref="Schedule"/> is the stack's DrainSchedule,
/// null when empty); or, with <see cref="Capacity"/>, a Spot drought on an EC2 cluster with the capacity
/// workflows; with <see cref="Cluster"/>, the drain on an EC2 cluster's capacity providers with the
/// capacity workflows (the whole system).</summary>
public sealed record Scenario(
    string Name,
    string Description,
    TimeSpan Horizon,
    AccountOptions Account,
    DrainStack Stack,
    IReadOnlyList<TrafficEntry> Traffic,
    string? Schedule,
    bool Alarm,
    Capacity.SpotDrought? Capacity = null,
    SystemCluster? Cluster = null);
