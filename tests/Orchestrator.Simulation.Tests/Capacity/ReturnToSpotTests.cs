using System.Text.Json.Nodes;
using Orchestrator.Core.Capacity;
using Orchestrator.Simulation.Account;
using Orchestrator.Simulation.Capacity;
using Orchestrator.Simulation.Faults;
using Orchestrator.Simulation.Services;
using Orchestrator.Simulation.Workload;
using Orchestrator.States.Execution;

namespace Orchestrator.Simulation.Tests.Capacity;

/// <summary>statemachines/return-to-spot.asl.json on its own: a healthy (empty) Spot pool, one on-demand instance
/// running a 10-minute job, runs started by hand every 2 minutes.</summary>
public class ReturnToSpotTests
{
    private static CapacityFixture Fixture(AccountOptions? options = null)
    {
        var f = new CapacityFixture(SpotPoolKind.SpotFleet, spotTarget: 0, s => s with { HysteresisSeconds = 0 },
            (options ?? new AccountOptions()) with { Workload = new WorkloadModel { DurationPerBatch = SecondsDistribution.Fixed(600) } }, triggers: false);
        f.Account.AutoScaling.Invoke("SetDesiredCapacity", new JsonObject { ["AutoScalingGroupName"] = f.Infra.OnDemandGroupName, ["DesiredCapacity"] = 1 });
        f.RunFor(TimeSpan.FromMinutes(1));
        return f;
    }

    private static Execution RunOnce(CapacityFixture f, int count)
    {
        var execution = f.Deployment.ReturnToSpot(f.ScheduleEvent());
        f.WaitFor(f.Deployment.ReturnToSpotArn, count);
        f.RunFor(TimeSpan.FromMinutes(2) - TimeSpan.FromSeconds(5));
        return execution;
    }

    [Fact]
    public void Retire_InstanceRunningAJob_DrainedAtOnceTerminatedOnlyAfterTheJobEnds()
    {
        var f = Fixture();
        var jobs = new QueuedTasks(f.Account, f.Infra.Cluster, f.Infra.TaskDefinition, TimeSpan.FromSeconds(15));
        jobs.Submit(1);
        var onDemand = f.ContainerInstances().Single()["ec2InstanceId"]!.GetValue<string>();

        var runs = Enumerable.Range(1, 7).Select(i => RunOnce(f, i)).ToList();

        Assert.All(runs, r => Assert.True(r.Status == ExecutionStatus.Succeeded, CapacityFixture.Describe(r)));
        Assert.Single(runs[0].Output!["Drained"]!.AsArray());
        var terminatedIn = runs.FindIndex(r => r.Output!["Terminated"]!.AsArray().Any(t => t!.GetValue<string>() == onDemand));
        Assert.InRange(terminatedIn, 5, 6); // the job started at 00:01 and ends at 00:11; runs are 2 minutes apart from 00:01
        Assert.Equal(1, jobs.StopCodes.GetValueOrDefault("EssentialContainerExited"));
        Assert.Equal(0, jobs.StopCodes.GetValueOrDefault("TerminationNotice"));
        Assert.Equal(0, f.OnDemandDesired);
    }

    [Fact]
    public void Retire_TerminateRefused_RetriedThenClearFailureInstanceKept()
    {
        var f = Fixture(new AccountOptions { ApiFaults = [new ApiFault("autoscaling", "TerminateInstanceInAutoScalingGroup", 1.0, "ScalingActivityInProgress")] });

        var first = RunOnce(f, 1);
        var second = RunOnce(f, 2);

        Assert.True(first.Status == ExecutionStatus.Succeeded, CapacityFixture.Describe(first));
        Assert.Equal(ExecutionStatus.Failed, second.Status);
        Assert.Equal("AutoScaling.ScalingActivityInProgressException", second.Error);
        Assert.Equal(6, second.History.Count(h => h.Type == "TaskFailed" && h.Resource == "terminateInstanceInAutoScalingGroup"));
        Assert.Equal((1, 1), (f.OnDemandDesired, f.OnDemandLive));
    }

    [Fact]
    public void Reactivate_MoreThanOnePageAndMoreThanTenInstances_ListedWholeAndSetInGroupsOfTen()
    {
        // Issue 19, point 2: ListContainerInstances answers pages of 100 and UpdateContainerInstancesState
        // takes at most 10 instances ("A list of up to 10 container instance IDs or full ARN entries").
        // 110 on-demand instances left DRAINING (by an earlier run, say): one run must see all of them
        // and set back to ACTIVE every one it does not retire.
        var f = new CapacityFixture(SpotPoolKind.SpotFleet, spotTarget: 0, s => s with { HysteresisSeconds = 0, MaxRetirePerRun = 2 }, triggers: false, onDemandMax: 120);
        f.Account.AutoScaling.Invoke("SetDesiredCapacity", new JsonObject { ["AutoScalingGroupName"] = f.Infra.OnDemandGroupName, ["DesiredCapacity"] = 110 });
        f.RunFor(TimeSpan.FromMinutes(2));
        var arns = f.ContainerInstances().Select(i => i["containerInstanceArn"]!.GetValue<string>()).ToList();
        Assert.Equal(110, arns.Count);
        foreach (var group in arns.Chunk(10))
        {
            f.Account.Ecs.Invoke("UpdateContainerInstancesState", new JsonObject { ["cluster"] = f.Infra.Cluster, ["containerInstances"] = new JsonArray([.. group.Select(a => JsonValue.Create(a))]), ["status"] = "DRAINING" });
        }

        var run = f.Deployment.ReturnToSpot(f.ScheduleEvent());
        f.WaitFor(f.Deployment.ReturnToSpotArn);

        Assert.True(run.Status == ExecutionStatus.Succeeded, CapacityFixture.Describe(run));
        var handled = new[] { "Drained", "Reactivated", "Terminated" }.Sum(k => run.Output![k]!.AsArray().Count);
        Assert.True(run.Output!["Reactivated"]!.AsArray().Count >= 108, run.Output.ToJsonString());
        Assert.True(handled >= 110, run.Output.ToJsonString());
        Assert.True(f.ContainerInstances().Count(i => i["status"]!.GetValue<string>() == "DRAINING") <= 2);
        Assert.Equal(11, run.History.Count(h => h.Type == "TaskSucceeded" && h.Resource == "updateContainerInstancesState"));
        Assert.Equal(2, run.History.Count(h => h.Type == "TaskSucceeded" && h.Resource == "listContainerInstances"));
    }

    [Fact]
    public void UpdateContainerInstancesState_ElevenInstances_RefusedAsEcsDoes()
    {
        var f = new CapacityFixture(SpotPoolKind.SpotFleet, spotTarget: 0, triggers: false, onDemandMax: 20);
        f.Account.AutoScaling.Invoke("SetDesiredCapacity", new JsonObject { ["AutoScalingGroupName"] = f.Infra.OnDemandGroupName, ["DesiredCapacity"] = 11 });
        f.RunFor(TimeSpan.FromMinutes(2));
        var arns = new JsonArray([.. f.ContainerInstances().Select(i => JsonValue.Create(i["containerInstanceArn"]!.GetValue<string>()))]);

        var refused = Assert.Throws<AwsServiceException>(() => f.Account.Ecs.Invoke("UpdateContainerInstancesState", new JsonObject { ["cluster"] = f.Infra.Cluster, ["containerInstances"] = arns, ["status"] = "DRAINING" }));

        Assert.Equal("InvalidParameterException", refused.Code);
        Assert.All(f.ContainerInstances(), i => Assert.Equal("ACTIVE", i["status"]!.GetValue<string>()));
    }
}
