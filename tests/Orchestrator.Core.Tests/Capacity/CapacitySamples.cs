using System.Text.Json.Nodes;
using Orchestrator.Core.Capacity;

namespace Orchestrator.Core.Tests.Capacity;

/// <summary>AWS answers as Step Functions' aws-sdk integrations return them (PascalCase, member names from
/// ../shared/aws-models: ec2 DescribeSpotFleetRequests, autoscaling DescribeAutoScalingGroups, ecs
/// DescribeContainerInstances), and settings for the capacity tests.</summary>
internal static class CapacitySamples
{
    public const string FleetId = "sfr-6b5e2a0c-3c1d-4a8e-9f01-2b3c4d5e6f70";
    public static readonly DateTimeOffset Now = new(2026, 1, 1, 1, 0, 0, TimeSpan.Zero);

    public static CapacitySettings Settings(Func<CapacitySettings, CapacitySettings>? change = null)
    {
        var settings = CapacitySettings.Parse(new Dictionary<string, string?>
        {
            ["ClusterArn"] = "batch",
            ["OnDemandGroupName"] = "od",
            ["SpotPoolKind"] = "SpotFleet",
            ["SpotFleetRequestId"] = FleetId,
        });
        return change is null ? settings : change(settings);
    }

    public static JsonObject Fleet(double target, double fulfilled, string state = "active", double weight = 1) => new()
    {
        ["SpotFleetRequestConfigs"] = new JsonArray(new JsonObject
        {
            ["ActivityStatus"] = fulfilled >= target ? "fulfilled" : "pending_fulfillment",
            ["CreateTime"] = "2026-01-01T00:00:00Z",
            ["SpotFleetRequestId"] = FleetId,
            ["SpotFleetRequestState"] = state,
            ["SpotFleetRequestConfig"] = new JsonObject
            {
                ["IamFleetRole"] = "arn:aws:iam::123456789012:role/fleet",
                ["TargetCapacity"] = target,
                ["OnDemandTargetCapacity"] = 0,
                ["FulfilledCapacity"] = fulfilled,
                ["Type"] = "maintain",
                ["LaunchSpecifications"] = new JsonArray(
                    new JsonObject { ["InstanceType"] = "m5.large", ["WeightedCapacity"] = 1.0 },
                    new JsonObject { ["InstanceType"] = "m5.xlarge", ["WeightedCapacity"] = weight }),
            },
        }),
    };

    /// <summary>A group answer; each member is (id, lifecycle state, weight, protected).</summary>
    public static JsonObject Group(string name, int min, int max, int desired, params (string Id, string State, int Weight, bool Protected)[] members) => new()
    {
        ["AutoScalingGroups"] = new JsonArray(new JsonObject
        {
            ["AutoScalingGroupName"] = name,
            ["MinSize"] = min,
            ["MaxSize"] = max,
            ["DesiredCapacity"] = desired,
            ["DefaultCooldown"] = 300,
            ["MixedInstancesPolicy"] = new JsonObject
            {
                ["LaunchTemplate"] = new JsonObject
                {
                    ["LaunchTemplateSpecification"] = new JsonObject { ["LaunchTemplateName"] = "node" },
                    ["Overrides"] = new JsonArray(new JsonObject { ["InstanceType"] = "m5.large", ["WeightedCapacity"] = "1" }, new JsonObject { ["InstanceType"] = "m5.xlarge", ["WeightedCapacity"] = "2" }),
                },
            },
            ["Instances"] = new JsonArray(members.Select(m => (JsonNode)new JsonObject
            {
                ["InstanceId"] = m.Id,
                ["InstanceType"] = m.Weight == 2 ? "m5.xlarge" : "m5.large",
                ["AvailabilityZone"] = "us-east-1a",
                ["LifecycleState"] = m.State,
                ["HealthStatus"] = "Healthy",
                ["ProtectedFromScaleIn"] = m.Protected,
                ["WeightedCapacity"] = m.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }).ToArray()),
        }),
    };

    /// <summary>A container instance: ARN from the id, registered <paramref name="minutesAgo"/> before <see cref="Now"/>.</summary>
    public static JsonObject Instance(string ec2Id, string status = "ACTIVE", int tasks = 0, int minutesAgo = 60, string type = "m5.large", int cpu = 2048, int memory = 7680) => new()
    {
        ["ContainerInstanceArn"] = $"arn:aws:ecs:us-east-1:123456789012:container-instance/batch/{ec2Id[2..]}",
        ["Ec2InstanceId"] = ec2Id,
        ["Status"] = status,
        ["AgentConnected"] = true,
        ["RunningTasksCount"] = tasks,
        ["PendingTasksCount"] = 0,
        ["RegisteredResources"] = new JsonArray(
            new JsonObject { ["Name"] = "CPU", ["Type"] = "INTEGER", ["IntegerValue"] = cpu },
            new JsonObject { ["Name"] = "MEMORY", ["Type"] = "INTEGER", ["IntegerValue"] = memory }),
        ["Attributes"] = new JsonArray(new JsonObject { ["Name"] = "ecs.instance-type", ["Value"] = type }),
        ["RegisteredAt"] = (Now - TimeSpan.FromMinutes(minutesAgo)).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
    };

    public static JsonObject Instances(params JsonObject[] instances) => new() { ["ContainerInstances"] = new JsonArray(instances.Select(i => (JsonNode)i).ToArray()) };

    public static string EventFile(string name) => File.ReadAllText(RepoFile("events", "capacity", name));

    public static string RepoFile(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Orchestrator.sln")))
            {
                return Path.Combine([dir.FullName, .. parts]);
            }
        }

        return Path.Combine([Path.GetDirectoryName(SourceFile())!, "..", "..", "..", .. parts]);
    }

    private static string SourceFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;
}
