using Orchestrator.Simulation.Account;

namespace Orchestrator.Simulation.Scenarios;

/// <summary>A scenario's account before its clock runs: the drain stack, the trackers that stream its
/// figures, the ids of the poison messages sent, and the EC2 cluster of a whole-system run (else null).</summary>
internal sealed record PreparedRun(
    SimulatedAccount Account,
    DrainDeployment Drain,
    TaskTracker Tasks,
    ExecutionTracker Executions,
    HashSet<string> Poison,
    SystemCapacity? Capacity);
