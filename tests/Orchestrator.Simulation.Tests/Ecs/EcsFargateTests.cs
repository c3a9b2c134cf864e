using System.Text.Json.Nodes;
using Orchestrator.Simulation.Services.Ecs;
using Orchestrator.Simulation.Workload;

namespace Orchestrator.Simulation.Tests.Ecs;

public class EcsFargateTests
{
    private static readonly WorkloadModel Hangs = new() { HangProbability = 1 };

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void RunTask_Fargate_GoesProvisioningPendingRunningWithinFortyToSixtySeconds(long seed)
    {
        // AWS-FACTS: Fargate task start ≈ 40–60 s; RunTask answers PROVISIONING (containers-roadmap #2060).
        var ecs = new EcsHarness(workload: Hangs, seed: seed);
        var arn = ecs.RunFargate();
        Assert.Equal("PROVISIONING", ecs.Status(arn));

        ecs.Scheduler.RunUntil(() => ecs.Status(arn) != "PROVISIONING");
        Assert.Equal("PENDING", ecs.Status(arn));
        ecs.Scheduler.RunUntil(() => ecs.Status(arn) == "RUNNING");

        var task = ecs.Describe(arn);
        var toRunning = ecs.Scheduler.Now - EcsHarness.Start;
        Assert.InRange(toRunning.TotalSeconds, 40, 60);
        Assert.NotNull(task["pullStartedAt"]);
        Assert.NotNull(task["startedAt"]);
        Assert.Equal("RUNNING", task["containers"]![0]!["lastStatus"]!.GetValue<string>());
    }

    [Fact]
    public void RunTask_FixedProvisioningDistribution_StartsExactlyThen()
    {
        var options = new EcsOptions { FargateProvisioning = SecondsDistribution.Fixed(10), FargatePending = SecondsDistribution.Fixed(35) };
        var ecs = new EcsHarness(options, Hangs);
        var arn = ecs.RunFargate();

        ecs.RunFor(TimeSpan.FromSeconds(44.9));
        Assert.Equal("PENDING", ecs.Status(arn));
        ecs.RunFor(TimeSpan.FromSeconds(0.2));
        Assert.Equal("RUNNING", ecs.Status(arn));
    }

    [Fact]
    public void RunTask_FargateSpotInUnavailableWindow_AnswersCapacityUnavailableFailure()
    {
        // AWS answers 200 with failures[].reason "Capacity is unavailable at this time. Please try again
        // later or in a different availability zone" (client code handling the recorded answer; the same
        // text is ECS's service event message). Step Functions turns a non-empty Failures into an error.
        var window = new TimeWindow(EcsHarness.Start, EcsHarness.Start.AddMinutes(10));
        var ecs = new EcsHarness(new EcsOptions { FargateSpotUnavailable = [window] }, Hangs);

        var response = ecs.RunTask(new JsonObject
        {
            ["capacityProviderStrategy"] = new JsonArray(new JsonObject { ["capacityProvider"] = "FARGATE_SPOT", ["weight"] = 1 }),
        });

        Assert.Empty(response["tasks"]!.AsArray());
        Assert.Equal(SimulatedEcs.CapacityUnavailableReason, response["failures"]![0]!["reason"]!.GetValue<string>());
        Assert.Equal("Capacity is unavailable at this time. Please try again later or in a different availability zone", SimulatedEcs.CapacityUnavailableReason);

        // On-demand Fargate is unaffected, and Spot works again after the window.
        Assert.Single(ecs.RunTask(new JsonObject { ["launchType"] = "FARGATE" })["tasks"]!.AsArray());
        ecs.RunFor(TimeSpan.FromMinutes(10));
        Assert.Single(ecs.RunTask(new JsonObject
        {
            ["capacityProviderStrategy"] = new JsonArray(new JsonObject { ["capacityProvider"] = "FARGATE_SPOT", ["weight"] = 1 }),
        })["tasks"]!.AsArray());
    }

    [Fact]
    public void RunTask_BeyondHundredTaskBurst_ThrowsThrottlingThenRefillsAtTwentyPerSecond()
    {
        // ECS service quotas: Fargate task launch rate 100 burst, 20 sustained per second; the Java SDK
        // reports "Rate exceeded (Service: AmazonECS; Status Code: 400; Error Code: ThrottlingException".
        var ecs = new EcsHarness(workload: Hangs);
        var request = new JsonObject { ["launchType"] = "FARGATE", ["count"] = 10 };
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(10, ecs.RunTask(request)["tasks"]!.AsArray().Count);
        }

        var error = Assert.Throws<Orchestrator.Simulation.Services.AwsServiceException>(() => ecs.RunTask(new JsonObject { ["launchType"] = "FARGATE" }));
        Assert.Equal("ThrottlingException", error.Code);
        Assert.Equal("Rate exceeded", error.Message);

        ecs.RunFor(TimeSpan.FromSeconds(0.5)); // 10 tokens back
        Assert.Equal(10, ecs.RunTask(request)["tasks"]!.AsArray().Count);
        Assert.Throws<Orchestrator.Simulation.Services.AwsServiceException>(() => ecs.RunTask(new JsonObject { ["launchType"] = "FARGATE" }));
    }

    [Fact]
    public void RunTask_MixedStrategy_SplitsByBaseAndWeightWithoutFallingBack()
    {
        // AWS-FACTS: a mixed strategy splits, it does not fall back. base 1 on FARGATE, then weights 1:3.
        var ecs = new EcsHarness(workload: Hangs);
        var tasks = ecs.RunTask(new JsonObject
        {
            ["count"] = 5,
            ["capacityProviderStrategy"] = new JsonArray(
                new JsonObject { ["capacityProvider"] = "FARGATE", ["weight"] = 1, ["base"] = 1 },
                new JsonObject { ["capacityProvider"] = "FARGATE_SPOT", ["weight"] = 3 }),
        })["tasks"]!.AsArray();

        var providers = tasks.Select(t => t!["capacityProviderName"]!.GetValue<string>()).ToList();
        Assert.Equal(2, providers.Count(p => p == "FARGATE"));
        Assert.Equal(3, providers.Count(p => p == "FARGATE_SPOT"));
    }
}
