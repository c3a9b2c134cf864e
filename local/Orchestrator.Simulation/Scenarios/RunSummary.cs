namespace Orchestrator.Simulation.Scenarios;

/// <summary>
/// Everything a scenario run reports, as plain figures: the one source of the text summary
/// (<see cref="RunSummaryText"/>), the <c>--json</c> document (<see cref="RunSummaryJson"/>) and any
/// other report. The same scenario and seed give equal figures.
/// </summary>
/// <param name="Scenario">What ran.</param>
/// <param name="Messages">The work queue's messages (null for a capacity scenario, which has jobs instead).</param>
/// <param name="Tasks">ECS tasks and how they ended.</param>
/// <param name="Executions">Step Functions executions, transitions and Lambda invocations.</param>
/// <param name="Cost">Estimated cost by service.</param>
/// <param name="Capacity">The EC2 cluster's instances (null on Fargate).</param>
/// <param name="Jobs">A capacity scenario's job stream (null otherwise).</param>
/// <param name="Problems">Why the run counts as broken, one line per reason; empty when it did its work.</param>
public sealed record RunSummary(
    ScenarioFigures Scenario,
    MessageFigures? Messages,
    TaskFigures Tasks,
    ExecutionFigures Executions,
    CostFigures Cost,
    CapacityFigures? Capacity,
    JobFigures? Jobs,
    IReadOnlyList<string> Problems)
{
    /// <summary>True when nothing went wrong (exit code 0).</summary>
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>The scenario run: its name, kind (<c>drain</c> on Fargate, <c>system</c> on an EC2 cluster,
/// <c>capacity</c> for a job stream), seed and horizon.</summary>
public sealed record ScenarioFigures(string Name, string Kind, long Seed, double HorizonSeconds, string Description);
