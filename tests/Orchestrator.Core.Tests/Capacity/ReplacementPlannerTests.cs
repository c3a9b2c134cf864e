using Orchestrator.Core.Capacity;

namespace Orchestrator.Core.Tests.Capacity;

public class ReplacementPlannerTests
{
    private static readonly Interruption Warning = new("interruption", "i-00000001", CapacitySamples.Now, "eventbridge", "terminate");

    private static ClusterInstance Lost(string type = "m5.xlarge", int cpu = 4096, int memory = 15360) =>
        ClusterInstance.ParseAll(CapacitySamples.Instances(CapacitySamples.Instance("i-00000001", "DRAINING", 3, type: type, cpu: cpu, memory: memory)), "Drained")[0];

    private static SpotPool Fleet => SpotPool.Parse(SpotPoolKind.SpotFleet, CapacitySamples.FleetId, CapacitySamples.Fleet(6, 6, weight: 2));

    private static OnDemandGroup Od(int desired, int max = 10) => OnDemandGroup.Parse(CapacitySamples.Group("od", 0, max, desired), "od");

    [Fact]
    public void Plan_WeightTwo_AddsTwoOnDemand()
    {
        var plan = ReplacementPlanner.Plan(CapacitySamples.Settings(), Warning, Lost(), Fleet, Od(1));

        Assert.Equal((true, 3, 2), (plan.Change, plan.DesiredCapacity, plan.Added));
        Assert.Equal(1, plan.Notification.PreviousDesiredCapacity);
    }

    [Fact]
    public void Plan_OnDemandTwiceAsBig_AddsOne()
    {
        var plan = ReplacementPlanner.Plan(CapacitySamples.Settings(s => s with { OnDemandUnitsPerInstance = 2 }), Warning, Lost(), Fleet, Od(0));

        Assert.Equal(1, plan.Added);
    }

    [Fact]
    public void Plan_ResourcesBasis_UsesCpuAndMemory()
    {
        // 4096 CPU / 2048 per on-demand = 2; 15360 MiB / 8192 = 1.875 → 2.
        var settings = CapacitySamples.Settings(s => s with { ReplacementBasis = "resources" });

        var plan = ReplacementPlanner.Plan(settings, Warning, Lost("m5.large"), Fleet, Od(0));

        Assert.Equal(2, plan.Added);
    }

    [Fact]
    public void Plan_AtMaxSize_NoChangeAndSaysSo()
    {
        var plan = ReplacementPlanner.Plan(CapacitySamples.Settings(), Warning, Lost(), Fleet, Od(4, max: 5));

        Assert.Equal((true, 5, 1, 2), (plan.Change, plan.DesiredCapacity, plan.Added, plan.Wanted));
        Assert.Contains("capped at MaxSize 5", plan.Reason, StringComparison.Ordinal);
        Assert.False(ReplacementPlanner.Plan(CapacitySamples.Settings(), Warning, Lost(), Fleet, Od(5, max: 5)).Change);
    }

    [Fact]
    public void Plan_GroupPool_UsesTheInstanceWeight()
    {
        var pool = SpotPool.Parse(SpotPoolKind.AutoScaling, "spot", CapacitySamples.Group("spot", 0, 10, 3, ("i-00000001", "InService", 2, false), ("i-00000002", "InService", 1, false)));

        var plan = ReplacementPlanner.Plan(CapacitySamples.Settings(), Warning, Lost("m5.large"), pool, Od(0));

        Assert.Equal(2, plan.Added);
    }
}
