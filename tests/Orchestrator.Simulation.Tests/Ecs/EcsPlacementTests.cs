using System.Text.Json.Nodes;
using Orchestrator.Simulation.Services.Ecs;
using Orchestrator.Simulation.Workload;

namespace Orchestrator.Simulation.Tests.Ecs;

public class EcsPlacementTests
{
    private static readonly WorkloadModel Hangs = new() { HangProbability = 1 };
    private static readonly JsonObject Ec2 = new() { ["launchType"] = "EC2" };

    [Fact]
    public void RunTask_Ec2TaskFits_PlacedAndInstanceResourcesReserved()
    {
        var ecs = new EcsHarness(workload: Hangs);
        var instanceArn = ecs.Register("i-0aaa", cpu: 2048, memory: 4096);

        var task = ecs.RunTask(Ec2)["tasks"]![0]!;
        Assert.Equal(instanceArn, task["containerInstanceArn"]!.GetValue<string>());
        Assert.Equal("PENDING", task["lastStatus"]!.GetValue<string>());

        var described = ecs.Call("DescribeContainerInstances", new JsonObject { ["cluster"] = "batch", ["containerInstances"] = new JsonArray(instanceArn) })["containerInstances"]![0]!;
        var remaining = described["remainingResources"]!.AsArray();
        Assert.Equal(1024, remaining.Single(r => r!["name"]!.GetValue<string>() == "CPU")!["integerValue"]!.GetValue<int>());
        Assert.Equal(2048, remaining.Single(r => r!["name"]!.GetValue<string>() == "MEMORY")!["integerValue"]!.GetValue<int>());
        Assert.Equal(1, described["pendingTasksCount"]!.GetValue<int>());

        ecs.RunFor(TimeSpan.FromSeconds(30));
        described = ecs.Call("DescribeContainerInstances", new JsonObject { ["cluster"] = "batch", ["containerInstances"] = new JsonArray(instanceArn) })["containerInstances"]![0]!;
        Assert.Equal(1, described["runningTasksCount"]!.GetValue<int>());
        Assert.Equal(0, described["pendingTasksCount"]!.GetValue<int>());
    }

    [Fact]
    public void RunTask_MemoryShort_AnswersResourceMemoryFailureWithInstanceArn()
    {
        // "API failure reasons" (ECS guide): RESOURCE:MEMORY / RESOURCE:CPU with the container instance ARN;
        // RunTask answers 200 with failures rather than throwing.
        var ecs = new EcsHarness(workload: Hangs);
        var instanceArn = ecs.Register("i-0aaa", cpu: 4096, memory: 1024);

        var response = ecs.RunTask(Ec2);

        Assert.Empty(response["tasks"]!.AsArray());
        Assert.Equal("RESOURCE:MEMORY", response["failures"]![0]!["reason"]!.GetValue<string>());
        Assert.Equal(instanceArn, response["failures"]![0]!["arn"]!.GetValue<string>());
    }

    [Fact]
    public void RunTask_CpuShort_AnswersResourceCpuFailure()
    {
        var ecs = new EcsHarness(workload: Hangs);
        ecs.Register("i-0aaa", cpu: 512, memory: 8192);

        var response = ecs.RunTask(Ec2);

        Assert.Equal("RESOURCE:CPU", response["failures"]![0]!["reason"]!.GetValue<string>());
    }

    [Fact]
    public void RunTask_CountBeyondCapacity_PlacesWhatFitsAndFailsTheRest()
    {
        var ecs = new EcsHarness(workload: Hangs);
        ecs.Register("i-0aaa", cpu: 4096, memory: 4096); // two 1 vCPU / 2 GiB tasks

        var response = ecs.RunTask(new JsonObject { ["launchType"] = "EC2", ["count"] = 3 });

        Assert.Equal(2, response["tasks"]!.AsArray().Count);
        Assert.Single(response["failures"]!.AsArray());
    }

    [Fact]
    public void RunTask_DrainingInstance_GetsNoNewTasks()
    {
        // UpdateContainerInstancesState docs: DRAINING "prevents new tasks from being scheduled for placement".
        var ecs = new EcsHarness(workload: Hangs);
        var draining = ecs.Register("i-0aaa");
        var active = ecs.Register("i-0bbb");
        ecs.Call("UpdateContainerInstancesState", new JsonObject { ["cluster"] = "batch", ["containerInstances"] = new JsonArray(draining), ["status"] = "DRAINING" });

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(active, ecs.RunTask(Ec2)["tasks"]![0]!["containerInstanceArn"]!.GetValue<string>());
        }

        ecs.Call("UpdateContainerInstancesState", new JsonObject { ["cluster"] = "batch", ["containerInstances"] = new JsonArray(active), ["status"] = "DRAINING" });
        var response = ecs.RunTask(Ec2);
        Assert.Empty(response["tasks"]!.AsArray());
        Assert.NotEmpty(response["failures"]!.AsArray());
    }

    [Fact]
    public void RunTask_Binpack_FillsTheFullestInstanceThatFits()
    {
        var ecs = new EcsHarness(workload: Hangs);
        var big = ecs.Register("i-0big", cpu: 8192, memory: 16384);
        var small = ecs.Register("i-0small", cpu: 2048, memory: 4096);

        var placements = Enumerable.Range(0, 3).Select(_ => ecs.RunTask(Ec2)["tasks"]![0]!["containerInstanceArn"]!.GetValue<string>()).ToList();

        // small has least memory left and fits twice; then only big fits.
        Assert.Equal([small, small, big], placements);
    }

    [Fact]
    public void RunTask_Ec2LaunchTypeWithoutInstances_ThrowsInvalidParameter()
    {
        // AWS: "InvalidParameterException ... No Container Instances were found in your cluster." (as users report it)
        var error = new EcsHarness().Fails("RunTask", new JsonObject { ["cluster"] = "batch", ["taskDefinition"] = "worker", ["launchType"] = "EC2" });

        Assert.Equal("InvalidParameterException", error.Code);
        Assert.Equal("No Container Instances were found in your cluster.", error.Message);
    }

    [Fact]
    public void RunTask_ManagedScalingProvider_WaitsInProvisioningUntilAnInstanceRegisters()
    {
        // With managed scaling a task waits in PROVISIONING for capacity (ECS cluster auto scaling guide).
        var ecs = new EcsHarness(workload: Hangs);
        ecs.Call("CreateCapacityProvider", new JsonObject
        {
            ["name"] = "spot-asg",
            ["autoScalingGroupProvider"] = new JsonObject
            {
                ["autoScalingGroupArn"] = "arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:1:autoScalingGroupName/spot",
                ["managedScaling"] = new JsonObject { ["status"] = "ENABLED" },
            },
        });
        var arn = ecs.RunTask(new JsonObject
        {
            ["capacityProviderStrategy"] = new JsonArray(new JsonObject { ["capacityProvider"] = "spot-asg", ["weight"] = 1 }),
        })["tasks"]![0]!["taskArn"]!.GetValue<string>();
        ecs.RunFor(TimeSpan.FromMinutes(5));
        Assert.Equal("PROVISIONING", ecs.Status(arn));

        ecs.Register("i-0other", provider: "");
        Assert.Equal("PROVISIONING", ecs.Status(arn)); // not in the provider's group
        var instance = ecs.Register("i-0spot", provider: "spot-asg");
        ecs.RunFor(TimeSpan.FromMinutes(1));

        var task = ecs.Describe(arn);
        Assert.Equal("RUNNING", task["lastStatus"]!.GetValue<string>());
        Assert.Equal(instance, task["containerInstanceArn"]!.GetValue<string>());
        Assert.Equal("spot-asg", task["capacityProviderName"]!.GetValue<string>());
    }

    [Fact]
    public void InstanceTerminated_SpotVersusOther_StopsTasksWithMatchingStopCode()
    {
        // A standalone task dies with its instance (AWS-FACTS); reason "Host EC2 (instance i-…) terminated.".
        var ecs = new EcsHarness(workload: Hangs);
        ecs.Register("i-0spot", memory: 2048);
        ecs.Register("i-0ondemand", memory: 2048);
        var onSpot = ecs.RunTask(Ec2)["tasks"]![0]!["taskArn"]!.GetValue<string>();
        var onDemand = ecs.RunTask(Ec2)["tasks"]![0]!["taskArn"]!.GetValue<string>();
        ecs.RunFor(TimeSpan.FromMinutes(1));

        ecs.Ecs.InstanceTerminated("i-0spot", spotInterruption: true);
        ecs.Ecs.InstanceTerminated("i-0ondemand", spotInterruption: false);

        var spot = ecs.Describe(onSpot);
        Assert.Equal("STOPPED", spot["lastStatus"]!.GetValue<string>());
        Assert.Equal(StopCodes.SpotInterruption, spot["stopCode"]!.GetValue<string>());
        Assert.Equal("Host EC2 (instance i-0spot) terminated.", spot["stoppedReason"]!.GetValue<string>());
        Assert.Equal(StopCodes.TerminationNotice, ecs.Describe(onDemand)["stopCode"]!.GetValue<string>());
        var listed = ecs.Call("ListContainerInstances", new JsonObject { ["cluster"] = "batch" })["containerInstanceArns"]!.AsArray();
        Assert.Empty(listed);
    }
}
