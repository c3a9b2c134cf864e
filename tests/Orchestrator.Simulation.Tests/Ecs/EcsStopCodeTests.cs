using System.Text.Json.Nodes;
using Orchestrator.Simulation.Services.Ecs;
using Orchestrator.Simulation.Workload;

namespace Orchestrator.Simulation.Tests.Ecs;

public class EcsStopCodeTests
{
    private static readonly EcsOptions FixedTimes = new()
    {
        FargateProvisioning = SecondsDistribution.Fixed(10),
        FargatePending = SecondsDistribution.Fixed(40),
        FargateDeprovisioning = SecondsDistribution.Fixed(5),
    };

    [Fact]
    public void EssentialContainer_ExitsNonZero_StopsWithEssentialContainerExitedAndItsExitCode()
    {
        // Recorded task state change: stoppedReason "Essential container in task exited", containers[].exitCode 1;
        // stop code EssentialContainerExited (TaskStopCode enum, ecs.json).
        var ecs = new EcsHarness(FixedTimes, new WorkloadModel { FailureProbability = 1, FailureExitCode = 3 });
        var arn = ecs.RunFargate(overrides: EcsHarness.BatchOverrides(("m1", "x")));

        var task = ecs.RunUntilStopped(arn);

        Assert.Equal("STOPPED", task["lastStatus"]!.GetValue<string>());
        Assert.Equal("STOPPED", task["desiredStatus"]!.GetValue<string>());
        Assert.Equal(StopCodes.EssentialContainerExited, task["stopCode"]!.GetValue<string>());
        Assert.Equal("Essential container in task exited", task["stoppedReason"]!.GetValue<string>());
        Assert.Equal(3, task["containers"]![0]!["exitCode"]!.GetValue<int>());
        // 50 s to RUNNING, 2 s batch + 1 s message, 5 s deprovisioning.
        Assert.Equal(EcsHarness.Start.AddSeconds(58), EcsHarness.Time(task["stoppedAt"]));
    }

    [Fact]
    public void EssentialContainer_ExitsZero_StopsWithExitCodeZero()
    {
        var ecs = new EcsHarness(FixedTimes);
        var arn = ecs.RunFargate(overrides: EcsHarness.BatchOverrides(("m1", "x")));

        var task = ecs.RunUntilStopped(arn);

        Assert.Equal(StopCodes.EssentialContainerExited, task["stopCode"]!.GetValue<string>());
        Assert.Equal(0, task["containers"]![0]!["exitCode"]!.GetValue<int>());
    }

    [Fact]
    public void StopTask_OnHungTask_UserInitiatedWithAwsReasonAndSigkillAfterStopTimeout()
    {
        // Recorded StopTask answers: stopCode UserInitiated, stoppedReason "Task stopped by user",
        // desiredStatus STOPPED while lastStatus is still RUNNING. StopTask API reference: SIGTERM, then
        // SIGKILL after the 30-second default timeout; a killed container exits 137.
        var ecs = new EcsHarness(FixedTimes, new WorkloadModel { HangProbability = 1 });
        var arn = ecs.RunFargate(overrides: EcsHarness.BatchOverrides(("m1", "x")));
        ecs.RunFor(TimeSpan.FromMinutes(5));
        Assert.Equal("RUNNING", ecs.Status(arn));

        var answer = ecs.Ecs.StopTask("batch", arn);
        Assert.Equal("RUNNING", answer["lastStatus"]!.GetValue<string>());
        Assert.Equal("STOPPED", answer["desiredStatus"]!.GetValue<string>());
        Assert.Equal(StopCodes.UserInitiated, answer["stopCode"]!.GetValue<string>());
        Assert.Equal("Task stopped by user", answer["stoppedReason"]!.GetValue<string>());
        Assert.NotNull(answer["stoppingAt"]);

        var stopAt = ecs.Scheduler.Now;
        var task = ecs.RunUntilStopped(arn);
        Assert.Equal("STOPPED", task["lastStatus"]!.GetValue<string>());
        Assert.Equal(137, task["containers"]![0]!["exitCode"]!.GetValue<int>());
        Assert.Equal(stopAt.AddSeconds(30 + 5), EcsHarness.Time(task["stoppedAt"]));
        Assert.Equal(stopAt.AddSeconds(30), EcsHarness.Time(task["executionStoppedAt"]));
        Assert.False(ecs.Log.Find("m1")!.Tasks.Single().Succeeded);
    }

    [Fact]
    public void StopTask_WithReasonAndGracefulWorker_KeepsReasonAndExits143()
    {
        // StopTask "reason ... appears in subsequent DescribeTasks" (ecs.json); SIGTERM handled → 128+15.
        var ecs = new EcsHarness(FixedTimes, new WorkloadModel { HangProbability = 1, GracefulShutdownSeconds = 4 });
        var arn = ecs.RunFargate();
        ecs.RunFor(TimeSpan.FromMinutes(2));

        ecs.Call("StopTask", new JsonObject { ["cluster"] = "batch", ["task"] = arn.Split('/')[^1], ["reason"] = "States.Timeout" });
        var task = ecs.RunUntilStopped(arn);

        Assert.Equal("States.Timeout", task["stoppedReason"]!.GetValue<string>());
        Assert.Equal(143, task["containers"]![0]!["exitCode"]!.GetValue<int>());
    }

    [Fact]
    public void StopTask_BeforeRunning_StopsWithoutExitCode()
    {
        var ecs = new EcsHarness(FixedTimes);
        var arn = ecs.RunFargate();
        ecs.RunFor(TimeSpan.FromSeconds(20));
        Assert.Equal("PENDING", ecs.Status(arn));

        ecs.Ecs.StopTask("batch", arn);
        var task = ecs.RunUntilStopped(arn);

        Assert.Equal("STOPPED", task["lastStatus"]!.GetValue<string>());
        Assert.Null(task["containers"]![0]!["exitCode"]);
        Assert.Null(task["startedAt"]);
    }

    [Fact]
    public void StopTask_UnknownTask_ThrowsInvalidParameter()
    {
        var error = new EcsHarness().Fails("StopTask", new JsonObject { ["cluster"] = "batch", ["task"] = "0123456789abcdef0123456789abcdef" });

        Assert.Equal("InvalidParameterException", error.Code);
    }

    [Fact]
    public void FargateSpotInterruption_WarnsThenStopsWithinTwoMinutes()
    {
        // ECS developer guide (Fargate Spot): the warning is a task state change with desiredStatus STOPPED,
        // lastStatus RUNNING, stoppedReason "Your Spot Task was interrupted.", stopCode SpotInterruption,
        // plus SIGTERM; the container is killed after its stopTimeout (≤ 120 s).
        var interruptAt = EcsHarness.Start.AddMinutes(3);
        var ecs = new EcsHarness(FixedTimes with { FargateSpotInterruptions = [interruptAt] }, new WorkloadModel { HangProbability = 1 }, stopTimeoutSeconds: 120);
        var arn = ecs.RunFargate("FARGATE_SPOT", EcsHarness.BatchOverrides(("m1", "x")));

        ecs.Scheduler.Run(interruptAt.AddSeconds(1));
        var warned = ecs.Describe(arn);
        Assert.Equal("RUNNING", warned["lastStatus"]!.GetValue<string>());
        Assert.Equal("STOPPED", warned["desiredStatus"]!.GetValue<string>());
        Assert.Equal("SpotInterruption", warned["stopCode"]!.GetValue<string>());
        Assert.Equal("Your Spot Task was interrupted.", warned["stoppedReason"]!.GetValue<string>());

        var stopped = ecs.RunUntilStopped(arn);
        Assert.Equal("STOPPED", stopped["lastStatus"]!.GetValue<string>());
        Assert.Equal(137, stopped["containers"]![0]!["exitCode"]!.GetValue<int>());
        Assert.Equal(interruptAt.AddMinutes(2), EcsHarness.Time(stopped["executionStoppedAt"]));
    }

    [Fact]
    public void FargateSpotInterruption_WorkFinishingWithinWarning_EndsWithItsOwnExitCode()
    {
        var interruptAt = EcsHarness.Start.AddSeconds(51);
        var ecs = new EcsHarness(FixedTimes with { FargateSpotInterruptions = [interruptAt] });
        var arn = ecs.RunFargate("FARGATE_SPOT", EcsHarness.BatchOverrides(("m1", "x")));

        var task = ecs.RunUntilStopped(arn);

        Assert.Equal("SpotInterruption", task["stopCode"]!.GetValue<string>());
        Assert.Equal(0, task["containers"]![0]!["exitCode"]!.GetValue<int>());
    }

    [Fact]
    public void FargateOnDemandTask_IsNeverSpotInterrupted()
    {
        var ecs = new EcsHarness(FixedTimes with { FargateSpotInterruptions = [EcsHarness.Start.AddMinutes(2)] }, new WorkloadModel { HangProbability = 1 });
        var arn = ecs.RunFargate("FARGATE");

        ecs.RunFor(TimeSpan.FromMinutes(10));

        Assert.Equal("RUNNING", ecs.Status(arn));
    }

    [Fact]
    public void ImagePullFailure_StopsWithTaskFailedToStart()
    {
        // Stop code TaskFailedToStart with a CannotPullContainerError reason (ECS "Stopped tasks error codes").
        var ecs = new EcsHarness(FixedTimes, new WorkloadModel { StartFailureProbability = 1 });
        var arn = ecs.RunFargate(overrides: EcsHarness.BatchOverrides(("m1", "x")));

        var task = ecs.RunUntilStopped(arn);

        Assert.Equal(StopCodes.TaskFailedToStart, task["stopCode"]!.GetValue<string>());
        Assert.StartsWith("CannotPullContainerError", task["stoppedReason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(task["startedAt"]);
        Assert.Empty(ecs.Log.Find("m1")?.Tasks ?? []);
    }

    [Fact]
    public void WhenStopped_CalledOnceWithTheStoppedTask()
    {
        var ecs = new EcsHarness(FixedTimes);
        var arn = ecs.RunFargate();
        var seen = new List<JsonObject>();
        ecs.Ecs.WhenStopped(arn, seen.Add);

        ecs.RunUntilStopped(arn);
        ecs.Ecs.WhenStopped(arn, seen.Add); // already stopped: called at once

        Assert.Equal(2, seen.Count);
        Assert.All(seen, t => Assert.Equal("STOPPED", t["lastStatus"]!.GetValue<string>()));
        Assert.Throws<ArgumentException>(() => ecs.Ecs.WhenStopped("arn:aws:ecs:us-east-1:123456789012:task/batch/none", _ => { }));
    }

    [Fact]
    public void TaskStateChanged_ReportsEachTransitionIncludingTheSpotWarning()
    {
        // EventBridge "ECS Task State Change" detail is the task in camelCase; the Fargate Spot warning
        // arrives as such an event with desiredStatus STOPPED and lastStatus RUNNING (ECS developer guide).
        var interruptAt = EcsHarness.Start.AddMinutes(3);
        var ecs = new EcsHarness(FixedTimes with { FargateSpotInterruptions = [interruptAt] }, new WorkloadModel { HangProbability = 1 });
        var seen = new List<(string Last, string Desired)>();
        ecs.Ecs.TaskStateChanged += t => seen.Add((t["lastStatus"]!.GetValue<string>(), t["desiredStatus"]!.GetValue<string>()));
        var arn = ecs.RunFargate("FARGATE_SPOT");

        ecs.RunUntilStopped(arn);

        Assert.Equal(
            [("PROVISIONING", "RUNNING"), ("PENDING", "RUNNING"), ("RUNNING", "RUNNING"), ("RUNNING", "STOPPED"), ("DEPROVISIONING", "STOPPED"), ("STOPPED", "STOPPED")],
            seen);
    }
}
