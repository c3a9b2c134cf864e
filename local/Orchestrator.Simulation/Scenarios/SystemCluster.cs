using System.Text.Json.Nodes;
using Orchestrator.Core.Capacity;
using Orchestrator.Simulation.Account;
using Orchestrator.Simulation.Capacity;

namespace Orchestrator.Simulation.Scenarios;

/// <summary>
/// The EC2 cluster of a whole-system scenario (a <c>capacity:</c> section beside <c>traffic</c>): a Spot
/// pool as an Auto Scaling group with a mixed instances policy (100 % Spot over <see cref="InstanceTypes"/>)
/// and an on-demand group (desired 0, MaxSize <see cref="OnDemandMax"/>), each behind an ECS capacity
/// provider of the cluster, so the drain places batches on the Spot provider first and falls back to the
/// on-demand one; with <see cref="Workflows"/> the capacity stack runs on its real triggers.
/// </summary>
/// <remarks>No managed scaling on either provider: the Spot pool's size is the user's, the on-demand
/// group's is the capacity workflows' (the template deploys no ECS managed scaling). A Spot Fleet
/// cannot back a capacity provider (ECS capacity providers for EC2 are Auto Scaling groups), so a
/// whole-system scenario refuses <c>pool: SpotFleet</c>.</remarks>
public sealed record SystemCluster(IReadOnlyList<string> InstanceTypes, string OnDemandInstanceType, int SpotTarget, int OnDemandMax, bool Workflows)
{
    public const string SpotGroup = "batch-spot";
    public const string OnDemandGroup = "batch-on-demand";
    public const string SpotProvider = "batch-spot";
    public const string OnDemandProvider = "batch-on-demand";

    /// <summary>The launch template of the on-demand group (its instance type, as the account's Auto Scaling knows it).</summary>
    public const string OnDemandTemplate = "batch-on-demand-node";

    /// <summary>Creates the groups and capacity providers in <paramref name="cluster"/> (which exists), and the
    /// capacity stack when <see cref="Workflows"/>; returns the stack's deployment or null.</summary>
    public CapacityDeployment? Create(SimulatedAccount account, string cluster)
    {
        account.AutoScaling.Invoke("CreateAutoScalingGroup", new JsonObject
        {
            ["AutoScalingGroupName"] = SpotGroup,
            ["MinSize"] = 0,
            ["MaxSize"] = SpotTarget * 2,
            ["DesiredCapacity"] = SpotTarget,
            ["MixedInstancesPolicy"] = new JsonObject
            {
                ["LaunchTemplate"] = new JsonObject
                {
                    ["LaunchTemplateSpecification"] = new JsonObject { ["LaunchTemplateName"] = "batch-node", ["Version"] = "$Latest" },
                    ["Overrides"] = new JsonArray([.. InstanceTypes.Select(t => (JsonNode)new JsonObject { ["InstanceType"] = t, ["WeightedCapacity"] = "1" })]),
                },
                ["InstancesDistribution"] = new JsonObject
                {
                    ["OnDemandBaseCapacity"] = 0,
                    ["OnDemandPercentageAboveBaseCapacity"] = 0,
                    ["SpotAllocationStrategy"] = "price-capacity-optimized",
                },
            },
        });
        account.AutoScaling.Invoke("CreateAutoScalingGroup", new JsonObject
        {
            ["AutoScalingGroupName"] = OnDemandGroup,
            ["MinSize"] = 0,
            ["MaxSize"] = OnDemandMax,
            ["DesiredCapacity"] = 0,
            ["LaunchTemplate"] = new JsonObject { ["LaunchTemplateName"] = OnDemandTemplate, ["Version"] = "$Latest" },
        });
        Provider(account, cluster, SpotProvider, SpotGroup);
        Provider(account, cluster, OnDemandProvider, OnDemandGroup);
        account.HostEcsInstances(SpotGroup, cluster, SpotProvider);
        account.HostEcsInstances(OnDemandGroup, cluster, OnDemandProvider);
        if (!Workflows)
        {
            return null;
        }

        var stack = new CapacityStack { Cluster = cluster, OnDemandGroupName = OnDemandGroup, SpotPoolKind = SpotPoolKind.AutoScaling, SpotPoolId = SpotGroup };
        return CapacityDeployment.Deploy(account, stack);
    }

    /// <summary>Pending or InService instances of the on-demand group now.</summary>
    public static int OnDemandRunning(SimulatedAccount account) =>
        account.AutoScaling.Invoke("DescribeAutoScalingGroups", new JsonObject { ["AutoScalingGroupNames"] = new JsonArray(OnDemandGroup) })
            ["AutoScalingGroups"]![0]!["Instances"]!.AsArray().Count(i => i!["LifecycleState"]!.GetValue<string>() is "Pending" or "InService");

    private static void Provider(SimulatedAccount account, string cluster, string name, string group) =>
        account.Ecs.Invoke("CreateCapacityProvider", new JsonObject
        {
            ["name"] = name,
            ["cluster"] = cluster,
            ["autoScalingGroupProvider"] = new JsonObject
            {
                ["autoScalingGroupArn"] = $"arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:00000000-0000-0000-0000-000000000000:autoScalingGroupName/{group}",
                ["managedScaling"] = new JsonObject { ["status"] = "DISABLED" },
                ["managedTerminationProtection"] = "DISABLED",
            },
        });
}
