using System.Text.Json.Nodes;
using Orchestrator.Core.Capacity;
using Orchestrator.Simulation.Account;
using Orchestrator.Simulation.Faults;
using Orchestrator.Simulation.Integrations;
using Orchestrator.Simulation.Services.EventBridge;
using Orchestrator.States.Execution;
using Xunit.Abstractions;

namespace Orchestrator.Simulation.Tests.Capacity;

/// <summary>Issue 15, point 2: a mass Spot reclaim must never lose a replacement. spot-interruption adds each
/// warned instance to an atomic counter (owed#&lt;group&gt;) and whoever holds the lock applies the total.</summary>
public class MassReclaimTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void FiftyWarningsInOneSecond_DuplicatedDelayedAndThrottled_OnDemandRaisedByExactlyFifty(long seed)
    {
        // 80 ms per AWS call (in-region round trips measured in tens of milliseconds), Lambda cold starts
        // (860 ms, the simulation's default), 30 % of EventBridge deliveries duplicated and 30 % held back up
        // to 2 s, and 30 % of all Auto Scaling calls throttled.
        var options = new AccountOptions
        {
            Seed = seed,
            Integrations = new IntegrationOptions { ApiLatency = TimeSpan.FromMilliseconds(80) },
            EventBridge = new EventBridgeOptions(DuplicateDeliveryProbability: 0.3, DelayedDeliveryProbability: 0.3, MaxExtraDelay: TimeSpan.FromSeconds(2)),
            ApiFaults = [new ApiFault("autoscaling", "*", 0.3)],
        };
        var f = new CapacityFixture(SpotPoolKind.SpotFleet, spotTarget: 50, options: options, onDemandMax: 80);
        f.RunFor(TimeSpan.FromMinutes(2));
        var victims = f.SpotInstanceIds();
        Assert.Equal(50, victims.Count);

        for (var i = 0; i < victims.Count; i++)
        {
            var victim = victims[i];
            f.Account.Scheduler.Schedule(TimeSpan.FromMilliseconds(20 * i), () => f.Account.Ec2.InterruptInstance(victim));
        }

        f.RunFor(TimeSpan.FromMinutes(2));

        var executions = f.Executions(f.Deployment.SpotInterruptionArn);
        Assert.All(executions, e => Assert.True(e.Status == ExecutionStatus.Succeeded, CapacityFixture.Describe(e)));
        var replaced = executions.Where(e => e.Output?["Status"]?.GetValue<string>() == "replaced").ToList();
        Assert.Equal(50, replaced.Select(e => e.Output!["InstanceId"]!.GetValue<string>()).Distinct().Count());
        Assert.Equal(50, replaced.Count);
        Assert.Equal(50, f.OnDemandDesired);
        Assert.Equal("0", OwedItem(f)?["Owed"]?["N"]?.GetValue<string>());
        var sets = executions.SelectMany(e => e.History).Where(h => h.Type == "TaskScheduled" && h.Resource == "setDesiredCapacity").ToList();
        output.WriteLine($"seed {seed}: {executions.Count} executions ({executions.Count - 50} duplicates), {replaced.Count(e => e.Output!["AppliedHere"]!.GetValue<bool>())} applied under the lock, {sets.Count} SetDesiredCapacity calls, last at {(f.Executions(f.Deployment.SpotInterruptionArn).Max(e => e.StopDate!.Value) - f.Now).TotalSeconds:0} s");
    }

    private static JsonObject? OwedItem(CapacityFixture f) =>
        f.Account.DynamoDb.Invoke("GetItem", new JsonObject
        {
            ["TableName"] = f.Deployment.Stack.IdempotencyTable,
            ["Key"] = new JsonObject { ["Id"] = new JsonObject { ["S"] = $"owed#{f.Infra.OnDemandGroupName}" } },
        })["Item"] as JsonObject;
}
