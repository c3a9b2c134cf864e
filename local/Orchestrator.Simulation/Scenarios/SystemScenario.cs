using Orchestrator.Simulation.Account;

namespace Orchestrator.Simulation.Scenarios;

/// <summary>
/// Reads the <c>capacity:</c> section of a scenario that also has <c>traffic</c> (the whole system in one
/// account, <see cref="SystemCluster"/>), and checks that every fault applies where the scenario runs:
/// EC2 Spot and Auto Scaling faults need the EC2 cluster, Fargate Spot faults need Fargate.
/// </summary>
internal static class SystemScenario
{
    private static readonly string[] JobKeys = ["jobEvery", "jobMinutes", "jobsUntil", "droughtStart", "droughtLength"];

    public static SystemCluster Parse(ScenarioFile.CapacitySection c)
    {
        if (c.Pool is "SpotFleet")
        {
            throw new ScenarioException("capacity.pool: SpotFleet cannot carry the drain: ECS capacity providers for EC2 are Auto Scaling groups, so a Spot Fleet's instances cannot take batches placed through a capacity provider. Use AutoScalingGroup (mixed instances policy), or drop traffic for a capacity scenario.");
        }

        if (c.Pool is not (null or "AutoScalingGroup"))
        {
            throw new ScenarioException($"capacity.pool: '{c.Pool}' is not AutoScalingGroup (the one Spot pool kind a scenario with traffic can use).");
        }

        var jobs = new object?[] { c.JobEvery, c.JobMinutes, c.JobsUntil, c.DroughtStart, c.DroughtLength };
        for (var i = 0; i < jobs.Length; i++)
        {
            if (jobs[i] is not null)
            {
                throw new ScenarioException($"capacity.{JobKeys[i]}: a scenario with traffic has no job stream; its messages are the work, and a Spot drought is set under faults.spotCapacity (e.g. {{from: 20m, to: 50m, state: gone, interruptRunning: true}}).");
            }
        }

        var types = c.InstanceTypes is { Count: > 0 } list ? list : ["m5.large"];
        foreach (var (type, i) in types.Select((t, i) => (t, i)))
        {
            if (!Services.Ec2.InstanceTypes.Default.ContainsKey(type))
            {
                throw new ScenarioException($"capacity.instanceTypes[{i}]: '{type}' is not an instance type the simulation knows ({string.Join(", ", Services.Ec2.InstanceTypes.Default.Keys.Order(StringComparer.Ordinal))}).");
            }
        }

        var onDemandType = c.OnDemandInstanceType ?? types[0];
        if (!Services.Ec2.InstanceTypes.Default.ContainsKey(onDemandType))
        {
            throw new ScenarioException($"capacity.onDemandInstanceType: '{onDemandType}' is not an instance type the simulation knows.");
        }

        return new SystemCluster(
            types,
            onDemandType,
            Count(c.SpotTarget ?? 4, "capacity.spotTarget"),
            Count(c.OnDemandMax ?? 6, "capacity.onDemandMax"),
            c.Workflows ?? true);
    }

    /// <summary>The account options a whole-system run needs: the on-demand group's instance type.</summary>
    public static AccountOptions Apply(AccountOptions options, SystemCluster cluster) => options with
    {
        AutoScaling = options.AutoScaling with
        {
            LaunchTemplateInstanceTypes = new Dictionary<string, string>(options.AutoScaling.LaunchTemplateInstanceTypes, StringComparer.Ordinal)
            {
                [SystemCluster.OnDemandTemplate] = cluster.OnDemandInstanceType,
            },
        },
    };

    /// <summary>Refuses the faults that cannot apply: on Fargate (no cluster) the EC2 ones, on the EC2 cluster the Fargate ones.</summary>
    public static void CheckFaults(ScenarioFile.FaultSection? faults, bool onEc2)
    {
        if (faults is null)
        {
            return;
        }

        var ec2 = new (string Key, bool Set)[]
        {
            ("spotCapacity", faults.SpotCapacity is not null),
            ("spotInterruptions", faults.SpotInterruptions is not null),
            ("spotInterruptionsPerInstanceHour", faults.SpotInterruptionsPerInstanceHour is not null),
            ("rebalanceLead", faults.RebalanceLead is not null),
            ("autoScaling", faults.AutoScaling is not null),
        };
        var fargate = new (string Key, bool Set)[]
        {
            ("fargateSpotUnavailable", faults.FargateSpotUnavailable is not null),
            ("fargateSpotInterruptionsPerTaskHour", faults.FargateSpotInterruptionsPerTaskHour is not null),
        };
        if (!onEc2 && ec2.FirstOrDefault(f => f.Set) is { Key: { } key })
        {
            throw new ScenarioException($"faults.{key}: this scenario runs its tasks on Fargate, where no EC2 Spot instance or Auto Scaling group exists, so the fault would never apply. Add a capacity: section (an EC2 cluster with a Spot pool and an on-demand group), or use fargateSpotUnavailable / fargateSpotInterruptionsPerTaskHour.");
        }

        if (onEc2 && fargate.FirstOrDefault(f => f.Set) is { Key: { } fkey })
        {
            throw new ScenarioException($"faults.{fkey}: this scenario runs its tasks on the EC2 cluster of capacity:, not on Fargate, so the fault would never apply. Use spotCapacity, spotInterruptions or spotInterruptionsPerInstanceHour.");
        }
    }

    private static int Count(int value, string field) =>
        value is >= 1 and <= 100 ? value : throw new ScenarioException($"{field} must be a whole number in 1..100.");
}
