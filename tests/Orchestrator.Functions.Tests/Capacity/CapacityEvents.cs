using System.Text.Json.Nodes;
using Orchestrator.Functions.Tests.QueueDrain;

namespace Orchestrator.Functions.Tests.Capacity;

/// <summary>Function events for the capacity handlers, built from events/capacity and answers in the
/// aws-sdk integrations' shapes (PascalCase, member names from ../shared/aws-models).</summary>
internal static class CapacityEvents
{
    public const string Now = "2026-01-01T00:10:00.000Z";
    public const string FleetId = "sfr-6b5e2a0c-3c1d-4a8e-9f01-2b3c4d5e6f70";

    public static JsonObject StackSettings() => new()
    {
        ["ClusterArn"] = "arn:aws:ecs:us-east-1:123456789012:cluster/batch",
        ["OnDemandGroupName"] = "od",
        ["SpotPoolKind"] = "SpotFleet",
        ["SpotFleetRequestId"] = FleetId,
        ["SpotGroupName"] = "",
        ["RebalanceAction"] = "drain",
    };

    public static JsonNode? Sample(string file) => JsonNode.Parse(File.ReadAllText(HandlerCall.RepoFile("events", "capacity", file)));

    /// <summary>The Settings output of a parse function, as the state machine passes it on.</summary>
    public static JsonNode ParsedSettings() =>
        HandlerCall.Invoke(Orchestrator.Functions.Capacity.ParseCapacityTriggerFunction.ParseCapacityTrigger,
            new JsonObject { ["Event"] = Sample("schedule-eventbridge.json"), ["Settings"] = StackSettings(), ["Now"] = Now })!["Settings"]!.DeepClone();

    public static JsonObject Fleet(double target, double fulfilled)
    {
        var answer = JsonNode.Parse("""
            {"SpotFleetRequestConfigs":[{"ActivityStatus":"pending_fulfillment","CreateTime":"2026-01-01T00:00:00Z","SpotFleetRequestId":"FLEET",
              "SpotFleetRequestState":"active","SpotFleetRequestConfig":{"IamFleetRole":"arn:aws:iam::123456789012:role/fleet","TargetCapacity":0,
              "FulfilledCapacity":0,"OnDemandTargetCapacity":0,"Type":"maintain",
              "LaunchSpecifications":[{"InstanceType":"m5.large","WeightedCapacity":1.0},{"InstanceType":"m5.xlarge","WeightedCapacity":2.0}]}}]}
            """.Replace("FLEET", FleetId, StringComparison.Ordinal))!.AsObject();
        var config = answer["SpotFleetRequestConfigs"]![0]!["SpotFleetRequestConfig"]!;
        config["TargetCapacity"] = target;
        config["FulfilledCapacity"] = fulfilled;
        return answer;
    }

    public static JsonObject OnDemand(int desired, params string[] instanceIds) => new()
    {
        ["AutoScalingGroups"] = new JsonArray(new JsonObject
        {
            ["AutoScalingGroupName"] = "od",
            ["MinSize"] = 0,
            ["MaxSize"] = 10,
            ["DesiredCapacity"] = desired,
            ["Instances"] = new JsonArray(instanceIds.Select(id => (JsonNode)new JsonObject
            {
                ["InstanceId"] = id, ["InstanceType"] = "m5.large", ["AvailabilityZone"] = "us-east-1a",
                ["LifecycleState"] = "InService", ["HealthStatus"] = "Healthy", ["ProtectedFromScaleIn"] = false,
            }).ToArray()),
        }),
    };

    public static JsonObject ContainerInstances(params (string Ec2Id, string Status, int Tasks, string Type)[] instances) => new()
    {
        ["ContainerInstances"] = new JsonArray(instances.Select(i => (JsonNode)new JsonObject
        {
            ["ContainerInstanceArn"] = $"arn:aws:ecs:us-east-1:123456789012:container-instance/batch/{i.Ec2Id[2..]}",
            ["Ec2InstanceId"] = i.Ec2Id,
            ["Status"] = i.Status,
            ["RunningTasksCount"] = i.Tasks,
            ["PendingTasksCount"] = 0,
            ["RegisteredResources"] = new JsonArray(new JsonObject { ["Name"] = "CPU", ["Type"] = "INTEGER", ["IntegerValue"] = 4096 }, new JsonObject { ["Name"] = "MEMORY", ["Type"] = "INTEGER", ["IntegerValue"] = 15360 }),
            ["Attributes"] = new JsonArray(new JsonObject { ["Name"] = "ecs.instance-type", ["Value"] = i.Type }),
            ["RegisteredAt"] = 1767225600.5,
        }).ToArray()),
        ["Failures"] = new JsonArray(),
    };
}
