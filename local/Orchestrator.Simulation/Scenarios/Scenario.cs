using Orchestrator.Simulation.Account;

namespace Orchestrator.Simulation.Scenarios;

/// <summary>A checked scenario: the account it runs in, the stack, the traffic and the triggers.</summary>
public sealed record Scenario(
    string Name,
    string Description,
    TimeSpan Horizon,
    AccountOptions Account,
    DrainStack Stack,
    IReadOnlyList<TrafficBurst> Traffic,
    string? Schedule,
    bool Alarm);

/// <summary>Messages sent starting <see cref="At"/> after the start, spread evenly over <see cref="Over"/>
/// (all at once when zero); <see cref="Poison"/> of them carry the workload's poison marker.</summary>
public sealed record TrafficBurst(TimeSpan At, int Messages, TimeSpan Over, int Poison);
