using System.Text.Json.Nodes;
using Orchestrator.Core.Capacity;
using Orchestrator.Simulation.Account;
using Orchestrator.Simulation.Services.Ec2;
using Orchestrator.States.Execution;

namespace Orchestrator.Simulation.Tests.Capacity;

/// <summary>statemachines/capacity-backfill.asl.json on the engine and the simulated account (issue 7, test 3),
/// with no Spot capacity for m5.large all along.</summary>
public class CapacityBackfillTests
{
    private static readonly DateTimeOffset Start = new AccountOptions().Start;

    private static AccountOptions NoSpot() => new()
    {
        Ec2 = new Ec2Options { SpotCapacity = [new SpotCapacityWindow(Start, Start.AddDays(1), SpotCapacityState.Gone, InstanceType: "m5.large")] },
    };

    private static CapacityFixture Fixture(SpotPoolKind kind, int spotTarget) =>
        new(kind, spotTarget, s => s with { SettleSeconds = 60, MaxRechecks = 3, WaitBeforeFallbackSeconds = 120 }, NoSpot(), triggers: false);

    [Theory]
    [InlineData(SpotPoolKind.SpotFleet)]
    [InlineData(SpotPoolKind.AutoScaling)]
    public void Backfill_SpotTargetStillMoving_BuysNoOnDemand(SpotPoolKind kind)
    {
        var f = Fixture(kind, spotTarget: 2);
        var target = 2;
        void Raise()
        {
            // Whoever owns the Spot pool keeps raising its target (an autoscaler reacting to load).
            target++;
            if (kind == SpotPoolKind.SpotFleet)
            {
                f.Account.Ec2.Invoke("ModifySpotFleetRequest", new JsonObject { ["SpotFleetRequestId"] = f.Infra.SpotPoolId, ["TargetCapacity"] = target });
            }
            else
            {
                f.Account.AutoScaling.Invoke("UpdateAutoScalingGroup", new JsonObject { ["AutoScalingGroupName"] = f.Infra.SpotPoolId, ["MaxSize"] = 20, ["DesiredCapacity"] = target });
            }

            if (target < 12)
            {
                f.Account.Scheduler.Schedule(TimeSpan.FromSeconds(50), Raise);
            }
        }

        f.Account.Scheduler.Schedule(TimeSpan.FromSeconds(50), Raise);
        f.RunFor(TimeSpan.FromMinutes(1));
        var execution = f.Deployment.Backfill(f.ScheduleEvent());
        f.WaitFor(f.Deployment.CapacityBackfillArn);

        Assert.True(execution.Status == ExecutionStatus.Succeeded, CapacityFixture.Describe(execution));
        Assert.Equal("still-scaling", execution.Output!["Status"]!.GetValue<string>());
        Assert.Equal(3, execution.Output!["Checks"]!.GetValue<int>());
        Assert.Equal(0, f.OnDemandDesired);
    }

    [Theory]
    [InlineData(SpotPoolKind.SpotFleet)]
    [InlineData(SpotPoolKind.AutoScaling)]
    public void Backfill_PersistentShortfall_RaisesOnDemandByExactlyTheShortfall(SpotPoolKind kind)
    {
        var f = Fixture(kind, spotTarget: 3);
        f.RunFor(TimeSpan.FromMinutes(1));

        var execution = f.Deployment.Backfill(f.ScheduleEvent());
        var started = f.Now;
        f.WaitFor(f.Deployment.CapacityBackfillArn);

        Assert.True(execution.Status == ExecutionStatus.Succeeded, CapacityFixture.Describe(execution));
        Assert.Equal("raise", execution.Output!["Status"]!.GetValue<string>());
        Assert.Equal(3, f.OnDemandDesired);
        Assert.Contains(execution.History, h => h.Type == "TaskSucceeded" && h.Resource == "publish");
        var raisedAt = CapacityFixture.Exited(execution, "RaiseOnDemand")!.Value;
        Assert.InRange((raisedAt - started).TotalSeconds, 120, 130);
    }

    /// <summary>The PendingCapacity alarm (5-minute fleet metrics) and the 5-minute sweep both start backfills;
    /// the later one finds the shortfall covered. The alarm arrives as its EventBridge event, or as its SNS
    /// notification through an SQS queue and a Pipe.</summary>
    [Theory]
    [InlineData("eventbridge")]
    [InlineData("sns-pipe")]
    public void Backfill_AlarmAndSchedule_RaiseOnce(string delivery)
    {
        var f = new CapacityFixture(SpotPoolKind.SpotFleet, 2, s => s with { WaitBeforeFallbackSeconds = 60, AlarmDelivery = delivery }, NoSpot());
        f.RunFor(TimeSpan.FromMinutes(16));

        var executions = f.Executions(f.Deployment.CapacityBackfillArn);
        Assert.Contains(executions, e => delivery == "sns-pipe" ? e.Input is System.Text.Json.Nodes.JsonArray : e.Input!["source"]!.GetValue<string>() == "aws.cloudwatch");
        Assert.Equal(1, executions.Count(e => e.Output?["Status"]?.GetValue<string>() == "raise"));
        Assert.All(executions, e => Assert.True(e.Status is ExecutionStatus.Succeeded or ExecutionStatus.Running, CapacityFixture.Describe(e)));
        Assert.Equal(2, f.OnDemandDesired);
    }
}
