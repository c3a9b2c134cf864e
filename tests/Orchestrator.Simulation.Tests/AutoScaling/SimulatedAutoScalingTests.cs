using System.Text.Json.Nodes;
using Orchestrator.Simulation.Models;
using Orchestrator.Simulation.Services;
using Orchestrator.Simulation.Services.AutoScaling;
using Orchestrator.Simulation.Services.Ec2;
using Orchestrator.Simulation.Tests.Ec2;

namespace Orchestrator.Simulation.Tests.AutoScaling;

public class SimulatedAutoScalingTests
{
    [Fact]
    public void CreateAutoScalingGroup_LaunchesDesired_InServiceAfterBoot()
    {
        var asg = new AutoScalingHarness(options: new AutoScalingOptions { LaunchTemplateInstanceTypes = new Dictionary<string, string> { ["batch-node"] = "c5.xlarge" } });
        asg.Create(desired: 2);

        var pending = asg.Instances();
        asg.RunFor(TimeSpan.FromMinutes(1));
        var group = asg.Group();
        var instances = asg.Instances();

        Assert.All(pending, i => Assert.Equal("Pending", i["LifecycleState"]!.GetValue<string>()));
        Assert.Equal(2, group["DesiredCapacity"]!.GetValue<int>());
        Assert.Equal(300, group["DefaultCooldown"]!.GetValue<int>());
        Assert.Equal("EC2", group["HealthCheckType"]!.GetValue<string>());
        Assert.Equal(2, instances.Count);
        Assert.All(instances, i =>
        {
            Assert.Equal("InService", i["LifecycleState"]!.GetValue<string>());
            Assert.Equal("Healthy", i["HealthStatus"]!.GetValue<string>());
            Assert.False(i["ProtectedFromScaleIn"]!.GetValue<bool>());
            Assert.Equal("c5.xlarge", i["InstanceType"]!.GetValue<string>());
        });
        // Zones are balanced: one instance in each of the group's two zones.
        Assert.Equal(["us-east-1a", "us-east-1b"], instances.Select(i => i["AvailabilityZone"]!.GetValue<string>()).Order());
    }

    [Theory]
    [InlineData(11, "New SetDesiredCapacity value 11 is above max value 10 for the AutoScalingGroup.")]
    [InlineData(0, "New SetDesiredCapacity value 0 is below min value 1 for the AutoScalingGroup.")]
    public void SetDesiredCapacity_OutsideBounds_ValidationError(int desired, string message)
    {
        // Messages as AWS answers them (recorded in SDK error reports), code ValidationError.
        var asg = new AutoScalingHarness();
        asg.Create(min: 1, max: 10, desired: 1);

        var error = asg.Fails("SetDesiredCapacity", new JsonObject { ["AutoScalingGroupName"] = "od", ["DesiredCapacity"] = desired });

        Assert.Equal("ValidationError", error.Code);
        Assert.Equal(message, error.Message);
        Assert.Equal("AutoScaling.AutoScalingException", AwsErrorNames.ForSdkIntegration("autoscaling", error.Code));
    }

    [Fact]
    public void SetDesiredCapacity_HonorCooldown_RefusedDuringActivityAndCooldown_AllowedAfter()
    {
        // "When you manually scale your Auto Scaling group, the default is not to wait for the cooldown period …
        // but you can override this behavior and honor the cooldown period" (Scaling cooldowns, default 300 s);
        // refusal: ScalingActivityInProgress "Scaling activity … is in progress and blocks this action" (recorded).
        var asg = new AutoScalingHarness();
        asg.Create(desired: 1);
        asg.RunFor(TimeSpan.FromMinutes(1));
        asg.SetDesired(2);

        var inProgress = asg.Fails("SetDesiredCapacity", new JsonObject { ["AutoScalingGroupName"] = "od", ["DesiredCapacity"] = 3, ["HonorCooldown"] = true });
        asg.RunFor(TimeSpan.FromSeconds(30)); // the new instance is InService: the cooldown starts now
        var cooling = asg.Fails("SetDesiredCapacity", new JsonObject { ["AutoScalingGroupName"] = "od", ["DesiredCapacity"] = 3, ["HonorCooldown"] = true });
        asg.SetDesired(3, honorCooldown: false);
        asg.RunFor(TimeSpan.FromSeconds(30) + TimeSpan.FromSeconds(300));
        asg.SetDesired(4, honorCooldown: true);

        Assert.Equal("ScalingActivityInProgress", inProgress.Code);
        Assert.Matches("^Scaling activity [0-9a-f-]{36} is in progress and blocks this action$", inProgress.Message);
        Assert.Equal("ScalingActivityInProgress", cooling.Code);
        Assert.Equal("AutoScaling.ScalingActivityInProgressException", AwsErrorNames.ForSdkIntegration("autoscaling", inProgress.Code));
        Assert.Equal(4, asg.Group()["DesiredCapacity"]!.GetValue<int>());
    }

    [Fact]
    public void TerminateInstance_ShouldDecrement_DesiredDropsNoReplacement()
    {
        var asg = new AutoScalingHarness();
        asg.Create(desired: 2);
        asg.RunFor(TimeSpan.FromMinutes(1));
        var victim = asg.Instances()[0]["InstanceId"]!.GetValue<string>();

        var activity = asg.Call("TerminateInstanceInAutoScalingGroup", new JsonObject { ["InstanceId"] = victim, ["ShouldDecrementDesiredCapacity"] = true })["Activity"]!;
        asg.RunFor(TimeSpan.FromMinutes(1));

        // Cause format from AWS's documentation: "At 2023-09-23T06:39:59Z instance i-… was taken out of service in response to a user request, shrinking the capacity from 1 to 0."
        Assert.Equal($"At 2026-01-01T00:01:00Z instance {victim} was taken out of service in response to a user request, shrinking the capacity from 2 to 1.", activity["Cause"]!.GetValue<string>());
        Assert.Equal($"Terminating EC2 instance: {victim}", activity["Description"]!.GetValue<string>());
        Assert.Equal("InProgress", activity["StatusCode"]!.GetValue<string>());
        Assert.Equal("od", activity["AutoScalingGroupName"]!.GetValue<string>());
        Assert.Equal(1, asg.Group()["DesiredCapacity"]!.GetValue<int>());
        Assert.Single(asg.Instances());
    }

    [Fact]
    public void TerminateInstance_NoDecrement_ReplacementLaunched()
    {
        var asg = new AutoScalingHarness();
        asg.Create(desired: 2);
        asg.RunFor(TimeSpan.FromMinutes(1));
        var victim = asg.Instances()[0]["InstanceId"]!.GetValue<string>();

        asg.Call("TerminateInstanceInAutoScalingGroup", new JsonObject { ["InstanceId"] = victim, ["ShouldDecrementDesiredCapacity"] = false });
        asg.RunFor(TimeSpan.FromMinutes(1));

        Assert.Equal(2, asg.Group()["DesiredCapacity"]!.GetValue<int>());
        Assert.Equal(2, asg.InService().Count);
        Assert.DoesNotContain(asg.Instances(), i => i["InstanceId"]!.GetValue<string>() == victim);
    }

    [Fact]
    public void TerminateInstance_DecrementBelowMin_ValidationError()
    {
        var asg = new AutoScalingHarness();
        asg.Create(min: 1, desired: 1);
        asg.RunFor(TimeSpan.FromMinutes(1));

        var error = asg.Fails("TerminateInstanceInAutoScalingGroup", new JsonObject { ["InstanceId"] = asg.Instances()[0]["InstanceId"]!.GetValue<string>(), ["ShouldDecrementDesiredCapacity"] = true });

        Assert.Equal("ValidationError", error.Code);
        Assert.StartsWith("Currently, desiredSize equals minSize (1).", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(6, 2, 50, 4, 2)]
    [InlineData(10, 2, 25, 4, 6)]
    [InlineData(3, 0, 0, 0, 3)]
    [InlineData(2, 4, 0, 2, 0)]
    public void MixedInstancesPolicy_SplitsOnDemandBaseThenPercentage(int desired, int baseCapacity, int percentage, int onDemand, int spot)
    {
        // InstancesDistribution: OnDemandBaseCapacity is filled first; OnDemandPercentageAboveBaseCapacity
        // "controls the percentages of On-Demand Instances and Spot Instances for your additional capacity beyond OnDemandBaseCapacity".
        var asg = new AutoScalingHarness();
        asg.Create(name: "mixed", desired: desired, extra: Mixed(baseCapacity, percentage));
        asg.RunFor(TimeSpan.FromMinutes(1));

        var ids = asg.InService("mixed").Select(i => i["InstanceId"]!.GetValue<string>()).ToList();

        Assert.Equal(onDemand, ids.Count(id => !asg.IsSpot(id)));
        Assert.Equal(spot, ids.Count(asg.IsSpot));
    }

    [Fact]
    public void SpotInterruption_GroupReplacesLostInstance()
    {
        var asg = new AutoScalingHarness();
        asg.Create(name: "spot", desired: 2, extra: Mixed(0, 0));
        asg.RunFor(TimeSpan.FromMinutes(1));
        var victim = asg.Instances("spot")[0]["InstanceId"]!.GetValue<string>();

        asg.Ec2.Ec2.InterruptInstance(victim);
        asg.RunFor(TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(31));

        var now = asg.InService("spot").Select(i => i["InstanceId"]!.GetValue<string>()).ToList();
        Assert.Equal(2, now.Count);
        Assert.DoesNotContain(victim, now);
    }

    [Fact]
    public void SpotCapacityGone_GroupStaysShort_NoOnDemandFallback_RefillsWhenBack()
    {
        // A mixed group does not swap Spot for on-demand by itself (AWS-FACTS: "a mixed strategy splits, it does not fall back").
        var back = Ec2Harness.Start.AddMinutes(20);
        var asg = new AutoScalingHarness(new Ec2Options { SpotCapacity = [new SpotCapacityWindow(Ec2Harness.Start, back, SpotCapacityState.Gone)] });
        asg.Create(name: "spot", desired: 2, extra: Mixed(0, 0));
        asg.RunFor(TimeSpan.FromMinutes(10));
        var during = asg.Instances("spot").Count;
        asg.RunFor(TimeSpan.FromMinutes(12));

        Assert.Equal(0, during);
        Assert.Equal(2, asg.InService("spot").Count);
        Assert.All(asg.InService("spot"), i => Assert.True(asg.IsSpot(i["InstanceId"]!.GetValue<string>())));
    }

    [Fact]
    public void CapacityRebalance_Recommendation_ReplacementLaunchedThenAtRiskTerminated()
    {
        // Capacity Rebalancing: "launches a new instance … when a Spot Instance … receives a rebalance recommendation",
        // then terminates the at-risk instance once the new one is in service.
        var asg = new AutoScalingHarness();
        asg.Create(name: "spot", desired: 1, extra: new JsonObject { ["CapacityRebalance"] = true, ["MixedInstancesPolicy"] = Mixed(0, 0)["MixedInstancesPolicy"]!.DeepClone() });
        asg.RunFor(TimeSpan.FromMinutes(1));
        var atRisk = asg.Instances("spot")[0]["InstanceId"]!.GetValue<string>();

        asg.Ec2.Ec2.RecommendRebalance(atRisk);
        var during = asg.Instances("spot").Count;
        asg.RunFor(TimeSpan.FromSeconds(31));

        Assert.Equal(2, during);
        var after = asg.Instances("spot");
        Assert.Single(after);
        Assert.NotEqual(atRisk, after[0]["InstanceId"]!.GetValue<string>());
        Assert.Equal("terminated", asg.Ec2.Instance(atRisk)["State"]!["Name"]!.GetValue<string>());
    }

    [Fact]
    public void ScaleIn_ProtectedInstancesKept_BusiestZoneFirst()
    {
        var asg = new AutoScalingHarness();
        asg.Create(desired: 3);
        asg.RunFor(TimeSpan.FromMinutes(1));
        var instances = asg.Instances();
        var zoneA = instances.Where(i => i["AvailabilityZone"]!.GetValue<string>() == "us-east-1a").Select(i => i["InstanceId"]!.GetValue<string>()).ToList();
        var protectedId = zoneA[0];
        asg.Call("SetInstanceProtection", new JsonObject { ["AutoScalingGroupName"] = "od", ["InstanceIds"] = new JsonArray(protectedId), ["ProtectedFromScaleIn"] = true });

        asg.SetDesired(2);
        asg.RunFor(TimeSpan.FromMinutes(1));
        var left = asg.Instances().Select(i => i["InstanceId"]!.GetValue<string>()).ToList();

        // Zone a held two instances: the unprotected one of them goes.
        Assert.Equal(2, zoneA.Count);
        Assert.Contains(protectedId, left);
        Assert.DoesNotContain(zoneA[1], left);
        Assert.True(asg.Instances().Single(i => i["InstanceId"]!.GetValue<string>() == protectedId)["ProtectedFromScaleIn"]!.GetValue<bool>());
    }

    [Fact]
    public void DeleteAutoScalingGroup_ForceDelete_TerminatesInstancesWithoutReplacement()
    {
        var asg = new AutoScalingHarness();
        asg.Create(desired: 2);
        asg.RunFor(TimeSpan.FromMinutes(1));

        var refused = asg.Fails("DeleteAutoScalingGroup", new JsonObject { ["AutoScalingGroupName"] = "od" });
        asg.Call("DeleteAutoScalingGroup", new JsonObject { ["AutoScalingGroupName"] = "od", ["ForceDelete"] = true });
        asg.RunFor(TimeSpan.FromMinutes(5));

        Assert.Equal("ResourceInUse", refused.Code);
        Assert.Empty(asg.Call("DescribeAutoScalingGroups", new JsonObject())["AutoScalingGroups"]!.AsArray());
        Assert.Equal(2, asg.Ec2.Ec2.Usage().Count);
        Assert.Equal(2, asg.Ec2.Hook.Count(h => h.What == "terminated"));
    }

    [Fact]
    public void UnknownGroup_ValidationErrorNamingIt()
    {
        // Recorded: "AutoScalingGroup name not found - AutoScalingGroup asg not found".
        var asg = new AutoScalingHarness();

        var error = asg.Fails("SetDesiredCapacity", new JsonObject { ["AutoScalingGroupName"] = "nope", ["DesiredCapacity"] = 1 });

        Assert.Equal("ValidationError", error.Code);
        Assert.Equal("AutoScalingGroup name not found - AutoScalingGroup nope not found", error.Message);
    }

    [Fact]
    public void CreateAutoScalingGroup_MissingMaxSize_ValidationErrorNamingIt()
    {
        var asg = new AutoScalingHarness();

        var error = asg.Fails("CreateAutoScalingGroup", new JsonObject { ["AutoScalingGroupName"] = "x", ["MinSize"] = 0 });

        Assert.Equal("ValidationError", error.Code);
        Assert.Contains("MaxSize", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Faults_SeededProbabilities_InjectErrorsReproducibly()
    {
        static List<string> Outcomes(long seed)
        {
            var asg = new AutoScalingHarness(options: new AutoScalingOptions
            {
                Faults = new Dictionary<string, OperationFaults> { ["SetDesiredCapacity"] = new(ScalingActivityInProgress: 0.3, ResourceContention: 0.3, Throttling: 0.3) },
            }, seed: seed);
            asg.Create(desired: 0);
            var outcomes = new List<string>();
            for (var i = 0; i < 20; i++)
            {
                try
                {
                    asg.SetDesired(i % 3);
                    outcomes.Add("ok");
                }
                catch (AwsServiceException e)
                {
                    outcomes.Add(e.Code);
                }
            }

            return outcomes;
        }

        var run = Outcomes(5);

        Assert.Equal(run, Outcomes(5));
        Assert.Contains("ScalingActivityInProgress", run);
        Assert.Contains("ResourceContention", run);
        Assert.Contains("ok", run);
    }

    private static JsonObject Mixed(int baseCapacity, int percentage) => new()
    {
        ["MixedInstancesPolicy"] = new JsonObject
        {
            ["LaunchTemplate"] = new JsonObject
            {
                ["LaunchTemplateSpecification"] = new JsonObject { ["LaunchTemplateName"] = "batch-node", ["Version"] = "$Latest" },
                ["Overrides"] = new JsonArray(new JsonObject { ["InstanceType"] = "m5.large" }, new JsonObject { ["InstanceType"] = "m6i.large" }),
            },
            ["InstancesDistribution"] = new JsonObject
            {
                ["OnDemandBaseCapacity"] = baseCapacity,
                ["OnDemandPercentageAboveBaseCapacity"] = percentage,
                ["SpotAllocationStrategy"] = "price-capacity-optimized",
            },
        },
    };
}
