using CsCheck;
using Orchestrator.Core.Capacity;

namespace Orchestrator.Core.Tests.Capacity;

/// <summary>Properties of the capacity decisions over random pools, groups and clusters: the safety rules
/// hold whatever the numbers.</summary>
public class CapacityPropertyTests
{
    private static readonly DateTimeOffset Now = CapacitySamples.Now;

    private static readonly Gen<(int Target, int Fulfilled, int Min, int Max, int Desired, int Minimum, double Units)> Numbers =
        Gen.Select(Gen.Int[0, 20], Gen.Int[0, 20], Gen.Int[0, 3], Gen.Int[0, 12], Gen.Int[0, 12], Gen.Int[0, 4], Gen.OneOf(Gen.Const(0.5), Gen.Const(1.0), Gen.Const(2.0), Gen.Const(3.0)),
            (target, fulfilled, min, max, desired, minimum, units) =>
            {
                max = Math.Max(max, min);
                return (target, fulfilled, min, max, Math.Clamp(desired, min, max), minimum, units);
            });

    [Fact]
    public void BackfillPlan_NeverAboveMaxNeverLowersNeverBuysWhileMoving() =>
        Gen.Select(Numbers, Gen.Int[0, 6], Gen.Int[0, 600], Gen.Bool).Sample((n, checks, age, moved) =>
        {
            var settings = CapacitySamples.Settings(s => s with { OnDemandUnitsPerInstance = n.Units, OnDemandMinimum = n.Minimum });
            var pool = SpotPool.Parse(SpotPoolKind.SpotFleet, CapacitySamples.FleetId, CapacitySamples.Fleet(n.Target, n.Fulfilled));
            var group = OnDemandGroup.Parse(CapacitySamples.Group("od", n.Min, n.Max, n.Desired), "od");
            var seen = new BackfillObservation(checks, (Now - TimeSpan.FromSeconds(age)).ToString("O", System.Globalization.CultureInfo.InvariantCulture), moved ? n.Target + 1 : n.Target);

            var plan = BackfillPlanner.Plan(settings, pool, group, seen, Now);

            Assert.InRange(plan.DesiredCapacity, n.Desired, Math.Max(n.Desired, n.Max));
            Assert.Equal(plan.Action == "raise", plan.DesiredCapacity > n.Desired);
            if (moved || age < settings.WaitBeforeFallbackSeconds)
            {
                Assert.NotEqual("raise", plan.Action);
            }

            if (plan.Action == "raise")
            {
                Assert.True(plan.DesiredCapacity <= settings.OnDemandMinimum + Math.Ceiling(pool.Shortfall / n.Units - 1e-9), "bought more than the shortfall");
            }
        }, iter: 2000, seed: "0N0XIzNsQ0O2");

    [Fact]
    public void RetirementPlan_NeverTerminatesBusyOrActive_NeverBelowFloor() =>
        Gen.Select(Gen.Int[0, 6], Gen.Int[0, 3], Gen.Int[0, 3].Array[6], Gen.Bool.Array[6], Gen.Int[0, 4], Gen.Int[0, 1200]).Sample((count, minimum, tasks, draining, fulfilledShort, healthyFor) =>
        {
            var ids = Enumerable.Range(1, count).Select(i => $"i-0d00000{i}").ToArray();
            var group = OnDemandGroup.Parse(CapacitySamples.Group("od", 0, 10, count, ids.Select(id => (id, "InService", 1, false)).ToArray()), "od");
            var cluster = ClusterInstance.ParseAll(CapacitySamples.Instances(ids.Select((id, i) => CapacitySamples.Instance(id, draining[i] ? "DRAINING" : "ACTIVE", tasks[i])).ToArray()), "Instances");
            var pool = SpotPool.Parse(SpotPoolKind.SpotFleet, CapacitySamples.FleetId, CapacitySamples.Fleet(4, 4 - fulfilledShort));
            var settings = CapacitySamples.Settings(s => s with { OnDemandMinimum = minimum });

            var plan = RetirementPicker.Pick(settings, pool, group, cluster, Now - TimeSpan.FromSeconds(healthyFor), Now);

            foreach (var id in plan.Terminate)
            {
                var instance = cluster.Single(c => c.Ec2InstanceId == id);
                Assert.Equal(("DRAINING", 0), (instance.Status, instance.Tasks));
            }

            Assert.True(count - plan.Terminate.Count >= Math.Min(count, minimum), "terminated below the on-demand minimum");
            // On-demand instances left DRAINING after the run (in retirement) never exceed MaxRetirePerRun.
            Assert.True(cluster.Count(c => c.Status == "DRAINING") - plan.Reactivate.Count + plan.Drain.Count <= settings.MaxRetirePerRun, "too many in retirement");
            Assert.True(plan.Healthy || (plan.Drain.Count == 0 && plan.Terminate.Count == 0), "retired while Spot is short");
        }, iter: 2000, seed: "0N0XIzNsQ0O2");
}
