using System.Text.Json.Nodes;
using Orchestrator.Simulation.Services;
using Orchestrator.Simulation.Services.AutoScaling;
using Orchestrator.Simulation.Services.Ec2;
using Orchestrator.Simulation.Tests.Ec2;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Tests.AutoScaling;

/// <summary>Simulated Auto Scaling over a simulated EC2 (boot delay 30 s) on a virtual clock from 2026-01-01T00:00:00Z.</summary>
internal sealed class AutoScalingHarness
{
    public AutoScalingHarness(Ec2Options? ec2 = null, AutoScalingOptions? options = null, long seed = 42)
    {
        Ec2 = new Ec2Harness(ec2, seed);
        AutoScaling = new SimulatedAutoScaling(Ec2.Ec2, new SeededRandom(seed + 1), options);
    }

    public Ec2Harness Ec2 { get; }

    public SimulatedAutoScaling AutoScaling { get; }

    public JsonObject Call(string operation, JsonObject request) => AutoScaling.Invoke(operation, request).AsObject();

    public AwsServiceException Fails(string operation, JsonObject request) => Assert.Throws<AwsServiceException>(() => AutoScaling.Invoke(operation, request));

    public void RunFor(TimeSpan span) => Ec2.RunFor(span);

    public void Create(string name = "od", int min = 0, int max = 10, int desired = 2, JsonObject? extra = null)
    {
        var request = new JsonObject
        {
            ["AutoScalingGroupName"] = name,
            ["MinSize"] = min,
            ["MaxSize"] = max,
            ["DesiredCapacity"] = desired,
            ["AvailabilityZones"] = new JsonArray("us-east-1a", "us-east-1b"),
        };
        if (extra?["MixedInstancesPolicy"] is null)
        {
            request["LaunchTemplate"] = new JsonObject { ["LaunchTemplateName"] = "batch-node", ["Version"] = "$Latest" };
        }

        foreach (var (key, value) in extra ?? [])
        {
            request[key] = value?.DeepClone();
        }

        Call("CreateAutoScalingGroup", request);
    }

    public JsonObject Group(string name = "od") =>
        Call("DescribeAutoScalingGroups", new JsonObject { ["AutoScalingGroupNames"] = new JsonArray(name) })["AutoScalingGroups"]![0]!.AsObject();

    public List<JsonObject> Instances(string name = "od") => Group(name)["Instances"]!.AsArray().Select(i => i!.AsObject()).ToList();

    public List<JsonObject> InService(string name = "od") => Instances(name).Where(i => i["LifecycleState"]!.GetValue<string>() == "InService").ToList();

    public bool IsSpot(string instanceId) => Ec2.Instance(instanceId)["InstanceLifecycle"]?.GetValue<string>() == "spot";

    public void SetDesired(int desired, bool? honorCooldown = null, string name = "od")
    {
        var request = new JsonObject { ["AutoScalingGroupName"] = name, ["DesiredCapacity"] = desired };
        if (honorCooldown is { } honor)
        {
            request["HonorCooldown"] = honor;
        }

        Call("SetDesiredCapacity", request);
    }
}
