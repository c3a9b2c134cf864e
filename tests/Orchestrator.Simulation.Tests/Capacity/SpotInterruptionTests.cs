using System.Text.Json.Nodes;
using Orchestrator.Core.Capacity;
using Orchestrator.States.Execution;
using Xunit.Abstractions;

namespace Orchestrator.Simulation.Tests.Capacity;

/// <summary>statemachines/spot-interruption.asl.json on the engine and the simulated account, started by the
/// EventBridge rule on EC2's own events (issue 7, tests 1 and 2).</summary>
public class SpotInterruptionTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(SpotPoolKind.SpotFleet)]
    [InlineData(SpotPoolKind.AutoScaling)]
    public void Warning_ClusterInstance_DrainedAndOnDemandRaisedWithinTenSeconds(SpotPoolKind kind)
    {
        var f = new CapacityFixture(kind);
        f.RunFor(TimeSpan.FromMinutes(1));
        var victim = f.SpotInstanceIds()[0];
        var warnedAt = f.Now;

        Assert.True(f.Account.Ec2.InterruptInstance(victim));
        f.WaitFor(f.Deployment.SpotInterruptionArn);

        var execution = Assert.Single(f.Executions(f.Deployment.SpotInterruptionArn));
        Assert.True(execution.Status == ExecutionStatus.Succeeded, CapacityFixture.Describe(execution));
        Assert.Equal("replaced", execution.Output!["Status"]!.GetValue<string>());
        Assert.Equal("DRAINING", f.StatusOf(victim));
        Assert.Equal(1, f.OnDemandDesired);
        var requested = CapacityFixture.Exited(execution, "SetOnDemand")!.Value;
        output.WriteLine($"{kind}: SetDesiredCapacity answered {(requested - warnedAt).TotalSeconds:0.###} s after the warning; execution took {(execution.StopDate!.Value - execution.StartDate).TotalSeconds:0.###} s");
        Assert.Contains(execution.History, h => h.Type == "TaskSucceeded" && h.Resource == "publish");
        Assert.True(requested - warnedAt <= TimeSpan.FromSeconds(10), $"replacement requested {(requested - warnedAt).TotalSeconds} s after the warning");
    }

    [Fact]
    public void Warning_InstanceOutsideCluster_EndsWithNothingChanged()
    {
        var f = new CapacityFixture(SpotPoolKind.SpotFleet);
        f.RunFor(TimeSpan.FromMinutes(1));
        var stranger = f.Account.Ec2.Invoke("RunInstances", new JsonObject
        {
            ["MinCount"] = 1, ["MaxCount"] = 1, ["InstanceType"] = "m5.large",
            ["InstanceMarketOptions"] = new JsonObject { ["MarketType"] = "spot" },
        })["Instances"]![0]!["InstanceId"]!.GetValue<string>();
        f.RunFor(TimeSpan.FromMinutes(1));
        var before = f.ContainerInstances().Select(i => i["status"]!.GetValue<string>()).ToList();

        Assert.True(f.Account.Ec2.InterruptInstance(stranger));
        f.WaitFor(f.Deployment.SpotInterruptionArn);

        var execution = Assert.Single(f.Executions(f.Deployment.SpotInterruptionArn));
        Assert.True(execution.Status == ExecutionStatus.Succeeded, CapacityFixture.Describe(execution));
        Assert.Equal("not-in-cluster", execution.Output!["Status"]!.GetValue<string>());
        Assert.Equal(0, f.OnDemandDesired);
        Assert.Equal(before, f.ContainerInstances().Select(i => i["status"]!.GetValue<string>()).ToList());
    }

    [Fact]
    public void Warning_DeliveredTwice_AdjustsCapacityOnce()
    {
        // EventBridge delivers at least once: the same event may arrive again, even at the same moment.
        var f = new CapacityFixture(SpotPoolKind.SpotFleet);
        f.RunFor(TimeSpan.FromMinutes(1));
        JsonObject? warning = null;
        f.Account.Ec2.EventPublished += e => warning ??= e["detail-type"]!.GetValue<string>() == InterruptionParser.WarningType ? (JsonObject)e.DeepClone() : null;

        f.Account.Ec2.InterruptInstance(f.SpotInstanceIds()[0]);
        f.Account.EventBridge.Publish((JsonObject)warning!.DeepClone());
        f.WaitFor(f.Deployment.SpotInterruptionArn, 2);
        f.Account.EventBridge.Publish((JsonObject)warning.DeepClone());
        f.WaitFor(f.Deployment.SpotInterruptionArn, 3);

        var outcomes = f.Executions(f.Deployment.SpotInterruptionArn).Select(e => e.Output?["Status"]?.GetValue<string>() ?? CapacityFixture.Describe(e)).Order().ToList();
        Assert.Equal(["duplicate", "duplicate", "replaced"], outcomes);
        Assert.Equal(1, f.OnDemandDesired);
    }

    [Fact]
    public void Warnings_ManyInstancesAtOnce_EachAddsItsReplacement()
    {
        // SetDesiredCapacity is absolute: without the lock, concurrent executions would each read 0 and set 1.
        var f = new CapacityFixture(SpotPoolKind.SpotFleet, spotTarget: 4);
        f.RunFor(TimeSpan.FromMinutes(1));

        foreach (var id in f.SpotInstanceIds())
        {
            f.Account.Ec2.InterruptInstance(id);
        }

        var start = f.Now;
        f.WaitFor(f.Deployment.SpotInterruptionArn, 4);

        Assert.All(f.Executions(f.Deployment.SpotInterruptionArn), e => Assert.Equal("replaced", e.Output?["Status"]?.GetValue<string>()));
        Assert.Equal(4, f.OnDemandDesired);
        Assert.True(f.Now - start <= TimeSpan.FromSeconds(30), $"four replacements took {(f.Now - start).TotalSeconds} s");
    }

    [Theory]
    [InlineData("drain", 0, "drained")]
    [InlineData("drain-and-replace", 1, "replaced")]
    public void Rebalance_DrainsAndReplacesOnlyWhenConfigured(string action, int onDemand, string status)
    {
        var f = new CapacityFixture(SpotPoolKind.SpotFleet, stack: s => s with { RebalanceAction = action });
        f.RunFor(TimeSpan.FromMinutes(1));
        var victim = f.SpotInstanceIds()[0];

        Assert.True(f.Account.Ec2.RecommendRebalance(victim));
        f.WaitFor(f.Deployment.SpotInterruptionArn);

        var execution = Assert.Single(f.Executions(f.Deployment.SpotInterruptionArn));
        Assert.Equal(status, execution.Output?["Status"]?.GetValue<string>());
        Assert.Equal("DRAINING", f.StatusOf(victim));
        Assert.Equal(onDemand, f.OnDemandDesired);
    }

    [Theory]
    [InlineData("drain")]
    [InlineData("drain-and-replace")]
    public void RebalanceThenWarning_SameInstance_ReplacedExactlyOnce(string action)
    {
        var f = new CapacityFixture(SpotPoolKind.SpotFleet, stack: s => s with { RebalanceAction = action });
        f.RunFor(TimeSpan.FromMinutes(1));
        var victim = f.SpotInstanceIds()[0];

        f.Account.Ec2.RecommendRebalance(victim);
        f.WaitFor(f.Deployment.SpotInterruptionArn);
        f.Account.Ec2.InterruptInstance(victim);
        f.WaitFor(f.Deployment.SpotInterruptionArn, 2);

        var outcomes = f.Executions(f.Deployment.SpotInterruptionArn).Select(e => e.Output?["Status"]?.GetValue<string>()).ToList();
        Assert.Equal(action == "drain" ? ["drained", "replaced"] : ["replaced", "duplicate"], outcomes);
        Assert.Equal(1, f.OnDemandDesired);
    }
}
