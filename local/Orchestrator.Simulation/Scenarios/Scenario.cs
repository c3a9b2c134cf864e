using Orchestrator.Simulation.Account;

namespace Orchestrator.Simulation.Scenarios;

/// <summary>A checked scenario: the account it runs in, the stack, the traffic and the triggers; or, with
/// <see cref="Capacity"/>, a Spot drought on an EC2 cluster with the capacity workflows; with <see cref="Cluster"/>,
/// the drain on an EC2 cluster's capacity providers with the capacity workflows (the whole system).</summary>
public sealed record Scenario(
    string Name,
    string Description,
    TimeSpan Horizon,
    AccountOptions Account,
    DrainStack Stack,
    IReadOnlyList<TrafficBurst> Traffic,
    string? Schedule,
    bool Alarm,
    Capacity.SpotDrought? Capacity = null,
    SystemCluster? Cluster = null);

/// <summary>Messages sent starting <see cref="At"/> after the start, spread evenly over <see cref="Over"/>
/// (all at once when zero); <see cref="Poison"/> of them carry the workload's poison marker.</summary>
public sealed record TrafficBurst(TimeSpan At, int Messages, TimeSpan Over, int Poison);
