using System.Text.Json.Nodes;
using Orchestrator.Simulation.Services.Ec2;
using Orchestrator.Simulation.Tests.Ecs;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Tests.Ec2;

public class EcsLifecycleHookTests
{
    [Fact]
    public void SpotInstance_RegistersWhenRunning_InactiveAfterInterruption()
    {
        var ecs = new EcsHarness();
        var ec2 = new SimulatedEc2(ecs.Scheduler, new SeededRandom(1));
        ec2.LifecycleHook = new EcsLifecycleHook(ecs.Ecs, _ => ("batch", string.Empty));
        var id = ec2.Invoke("RunInstances", new JsonObject
        {
            ["MinCount"] = 1, ["MaxCount"] = 1, ["InstanceType"] = "m5.xlarge",
            ["InstanceMarketOptions"] = new JsonObject { ["MarketType"] = "spot" },
        })["Instances"]![0]!["InstanceId"]!.GetValue<string>();

        ecs.Scheduler.Run(ecs.Scheduler.Now.AddMinutes(1));
        var arn = ecs.Call("ListContainerInstances", new JsonObject { ["cluster"] = "batch", ["filter"] = $"ec2InstanceId == {id}" })["containerInstanceArns"]!.AsArray().Single()!.GetValue<string>();
        var registered = ecs.Call("DescribeContainerInstances", new JsonObject { ["cluster"] = "batch", ["containerInstances"] = new JsonArray(arn) })["containerInstances"]![0]!;
        ec2.InterruptInstance(id);
        ecs.Scheduler.Run(ecs.Scheduler.Now.AddMinutes(3));
        var after = ecs.Call("DescribeContainerInstances", new JsonObject { ["cluster"] = "batch", ["containerInstances"] = new JsonArray(arn) })["containerInstances"]![0]!;

        // m5.xlarge: 4 vCPU (4096 CPU units), 16 GiB.
        var cpu = registered["registeredResources"]!.AsArray().Single(r => r!["name"]!.GetValue<string>() == "CPU")!;
        Assert.Equal(4096, cpu["integerValue"]!.GetValue<int>());
        Assert.Equal("ACTIVE", registered["status"]!.GetValue<string>());
        Assert.Equal("INACTIVE", after["status"]!.GetValue<string>());
    }
}
