using Orchestrator.Core.Capacity;
using Orchestrator.Simulation.Capacity;

namespace Orchestrator.Simulation.Scenarios;

/// <summary>
/// The <c>capacity:</c> section of a scenario: issue 7's Spot drought on an ECS cluster on EC2
/// (<see cref="SpotDrought"/>), with the pool kind, sizes, job stream and drought window the file sets.
/// </summary>
internal static class CapacityScenario
{
    public static SpotDrought Parse(ScenarioFile.CapacitySection c, ScenarioFile file, long seed, TimeSpan horizon)
    {
        var kind = (c.Pool ?? "SpotFleet") switch
        {
            "SpotFleet" => SpotPoolKind.SpotFleet,
            "AutoScalingGroup" => SpotPoolKind.AutoScaling,
            var other => throw new ScenarioException($"capacity.pool: '{other}' is not SpotFleet or AutoScalingGroup."),
        };
        if (file.Traffic is not null || file.Stack is not null || file.Triggers is not null || file.Workload is not null)
        {
            throw new ScenarioException("A capacity scenario (capacity: without traffic) has no stack, triggers or workload: its jobs are set under capacity: (jobEvery, jobMinutes, jobsUntil). Add traffic to run the queue drain on the cluster instead.");
        }

        var start = new Account.AccountOptions().Start;
        var faults = file.Faults;
        if (faults?.SpotCapacity is not null || faults?.SpotInterruptions is not null || faults?.FargateSpotUnavailable is not null)
        {
            throw new ScenarioException("faults: a capacity scenario sets its Spot drought under capacity: (droughtStart, droughtLength); only api and autoScaling faults apply.");
        }

        return new SpotDrought
        {
            Kind = kind,
            Workflows = c.Workflows ?? true,
            Seed = seed,
            SpotTarget = Count(c.SpotTarget ?? 4, "capacity.spotTarget", 1, 100),
            OnDemandMax = Count(c.OnDemandMax ?? 6, "capacity.onDemandMax", 1, 100),
            JobEvery = Positive(c.JobEvery ?? "2m", "capacity.jobEvery"),
            JobMinutes = Count(c.JobMinutes ?? 10, "capacity.jobMinutes", 1, 24 * 60),
            JobsUntil = Durations.Parse(c.JobsUntil ?? "1h30m", "capacity.jobsUntil"),
            DroughtStart = Durations.Parse(c.DroughtStart ?? "20m", "capacity.droughtStart"),
            DroughtLength = Durations.Parse(c.DroughtLength ?? "30m", "capacity.droughtLength"),
            Horizon = horizon,
            ApiFaults = ScenarioFaults.Api(faults, start),
            AutoScaling = ScenarioFaults.AutoScaling(faults),
        };
    }

    private static int Count(int value, string field, int min, int max) =>
        value >= min && value <= max ? value : throw new ScenarioException($"{field} must be a whole number in {min}..{max}.");

    private static TimeSpan Positive(string text, string field)
    {
        var span = Durations.Parse(text, field);
        return span > TimeSpan.Zero ? span : throw new ScenarioException($"{field} must be longer than zero.");
    }
}
