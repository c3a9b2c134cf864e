using System.Globalization;
using System.Text.Json.Nodes;
using Orchestrator.Core.Capacity;
using Orchestrator.Simulation.Account;

namespace Orchestrator.Simulation.Capacity;

/// <summary>
/// The user's infrastructure that exists before the capacity stack, created through API calls: the ECS
/// cluster and an EC2 task definition, the Spot pool (a maintain Spot Fleet request, or an Auto Scaling
/// group with a mixed instances policy that is 100 % Spot), and the on-demand Auto Scaling group (desired 0),
/// all of whose instances register as container instances of the cluster.
/// </summary>
/// <param name="SpotPoolId">The Spot Fleet request id or the Spot group's name.</param>
public sealed record CapacityInfrastructure(SpotPoolKind Kind, string Cluster, string TaskDefinition, string SpotPoolId, string OnDemandGroupName)
{
    /// <summary>Creates it all in <paramref name="account"/>. Instances are m5.large (2 vCPU, 8 GiB);
    /// a task takes <paramref name="taskCpu"/> CPU units and 2 GiB, so two fit on one instance by default.</summary>
    public static CapacityInfrastructure Create(SimulatedAccount account, SpotPoolKind kind, int spotTarget, int onDemandMax = 10, int taskCpu = 1024, string cluster = "batch")
    {
        account.Ecs.Invoke("CreateCluster", new JsonObject { ["clusterName"] = cluster });
        account.Ecs.Invoke("RegisterTaskDefinition", new JsonObject
        {
            ["family"] = "job",
            ["requiresCompatibilities"] = new JsonArray("EC2"),
            ["cpu"] = taskCpu.ToString(CultureInfo.InvariantCulture),
            ["memory"] = "2048",
            ["containerDefinitions"] = new JsonArray(new JsonObject { ["name"] = "job", ["image"] = "job:latest", ["essential"] = true }),
        });
        var spotPool = kind == SpotPoolKind.SpotFleet ? RequestFleet(account, spotTarget) : CreateSpotGroup(account, spotTarget);
        const string onDemand = "batch-on-demand";
        account.AutoScaling.Invoke("CreateAutoScalingGroup", new JsonObject
        {
            ["AutoScalingGroupName"] = onDemand,
            ["MinSize"] = 0,
            ["MaxSize"] = onDemandMax,
            ["DesiredCapacity"] = 0,
            ["LaunchTemplate"] = new JsonObject { ["LaunchTemplateName"] = "batch-node", ["Version"] = "$Latest" },
        });
        account.HostEcsInstances(spotPool, cluster, null);
        account.HostEcsInstances(onDemand, cluster, null);
        return new CapacityInfrastructure(kind, cluster, "job:1", spotPool, onDemand);
    }

    /// <summary>The capacity stack for this infrastructure.</summary>
    public CapacityStack Stack(Func<CapacityStack, CapacityStack>? change = null)
    {
        var stack = new CapacityStack { Cluster = Cluster, OnDemandGroupName = OnDemandGroupName, SpotPoolKind = Kind, SpotPoolId = SpotPoolId };
        return change is null ? stack : change(stack);
    }

    private static string RequestFleet(SimulatedAccount account, int target) =>
        account.Ec2.Invoke("RequestSpotFleet", new JsonObject
        {
            ["SpotFleetRequestConfig"] = new JsonObject
            {
                ["IamFleetRole"] = "arn:aws:iam::123456789012:role/aws-ec2-spot-fleet-tagging-role",
                ["TargetCapacity"] = target,
                ["Type"] = "maintain",
                ["AllocationStrategy"] = "priceCapacityOptimized",
                ["LaunchSpecifications"] = new JsonArray(new JsonObject { ["InstanceType"] = "m5.large", ["ImageId"] = "ami-0123456789abcdef0", ["WeightedCapacity"] = 1.0 }),
            },
        })["SpotFleetRequestId"]!.GetValue<string>();

    private static string CreateSpotGroup(SimulatedAccount account, int target)
    {
        const string name = "batch-spot";
        account.AutoScaling.Invoke("CreateAutoScalingGroup", new JsonObject
        {
            ["AutoScalingGroupName"] = name,
            ["MinSize"] = 0,
            ["MaxSize"] = target * 2,
            ["DesiredCapacity"] = target,
            ["MixedInstancesPolicy"] = new JsonObject
            {
                ["LaunchTemplate"] = new JsonObject
                {
                    ["LaunchTemplateSpecification"] = new JsonObject { ["LaunchTemplateName"] = "batch-node", ["Version"] = "$Latest" },
                    ["Overrides"] = new JsonArray(new JsonObject { ["InstanceType"] = "m5.large", ["WeightedCapacity"] = "1" }),
                },
                ["InstancesDistribution"] = new JsonObject
                {
                    ["OnDemandBaseCapacity"] = 0,
                    ["OnDemandPercentageAboveBaseCapacity"] = 0,
                    ["SpotAllocationStrategy"] = "price-capacity-optimized",
                },
            },
        });
        return name;
    }
}
