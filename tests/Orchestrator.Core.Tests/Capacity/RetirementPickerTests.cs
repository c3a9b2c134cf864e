using System.Text.Json.Nodes;
using Orchestrator.Core.Capacity;

namespace Orchestrator.Core.Tests.Capacity;

public class RetirementPickerTests
{
    private static readonly DateTimeOffset Now = CapacitySamples.Now;

    private static SpotPool Fleet(double fulfilled) => SpotPool.Parse(SpotPoolKind.SpotFleet, CapacitySamples.FleetId, CapacitySamples.Fleet(4, fulfilled));

    /// <summary>On-demand group od (min 0) with members i-0d000001…; <paramref name="protectedIds"/> protected from scale-in.</summary>
    private static OnDemandGroup Od(int count, params string[] protectedIds) =>
        OnDemandGroup.Parse(CapacitySamples.Group("od", 0, 10, count, Enumerable.Range(1, count).Select(i => ($"i-0d00000{i}", "InService", 1, protectedIds.Contains($"i-0d00000{i}"))).ToArray()), "od");

    private static IReadOnlyList<ClusterInstance> Cluster(params JsonObject[] instances) => ClusterInstance.ParseAll(CapacitySamples.Instances(instances), "Instances");

    private static RetirementPlan Pick(SpotPool pool, OnDemandGroup od, IReadOnlyList<ClusterInstance> cluster, int healthyForSeconds, Func<CapacitySettings, CapacitySettings>? change = null) =>
        RetirementPicker.Pick(CapacitySamples.Settings(change), pool, od, cluster, healthyForSeconds < 0 ? null : Now - TimeSpan.FromSeconds(healthyForSeconds), Now);

    [Fact]
    public void Pick_SpotShort_KeepsOnDemandAndReactivatesDraining()
    {
        var plan = Pick(Fleet(2), Od(2), Cluster(CapacitySamples.Instance("i-0d000001", "DRAINING", 1), CapacitySamples.Instance("i-0d000002")), 900);

        Assert.Equal((false, "clear"), (plan.Healthy, plan.Hysteresis));
        Assert.Empty(plan.Drain);
        Assert.Empty(plan.Terminate);
        Assert.Single(plan.Reactivate);
    }

    [Fact]
    public void Pick_FirstHealthyRun_StartsHysteresisOnly()
    {
        var plan = Pick(Fleet(4), Od(2), Cluster(CapacitySamples.Instance("i-0d000001"), CapacitySamples.Instance("i-0d000002")), -1);

        Assert.Equal(("start", Now.ToUnixTimeSeconds()), (plan.Hysteresis, plan.HealthySince));
        Assert.Empty(plan.Drain);
    }

    [Fact]
    public void Pick_SpotInstanceDraining_NotHealthy()
    {
        var plan = Pick(Fleet(4), Od(1), Cluster(CapacitySamples.Instance("i-0d000001"), CapacitySamples.Instance("i-05000001", "DRAINING", 2)), 900);

        Assert.False(plan.Healthy);
        Assert.Contains("1 Spot instance(s) are draining", plan.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Pick_AfterHysteresis_DrainsFewestTasksUpToMaxPerRun()
    {
        var plan = Pick(Fleet(4), Od(3), Cluster(
            CapacitySamples.Instance("i-0d000001", tasks: 3),
            CapacitySamples.Instance("i-0d000002", tasks: 0),
            CapacitySamples.Instance("i-0d000003", tasks: 1)), 600);

        Assert.Equal(["arn:aws:ecs:us-east-1:123456789012:container-instance/batch/0d000002", "arn:aws:ecs:us-east-1:123456789012:container-instance/batch/0d000003"], plan.Drain);
        Assert.Empty(plan.Terminate);
    }

    [Fact]
    public void Pick_DrainingAndEmpty_Terminates_DrainingWithTasks_Waits()
    {
        var plan = Pick(Fleet(4), Od(2), Cluster(CapacitySamples.Instance("i-0d000001", "DRAINING", 0), CapacitySamples.Instance("i-0d000002", "DRAINING", 2)), 900);

        Assert.Equal(["i-0d000001"], plan.Terminate);
        Assert.Empty(plan.Drain);
        Assert.NotNull(plan.Notification);
    }

    [Fact]
    public void Pick_KeepsMinimumProtectedAndYoung()
    {
        var plan = Pick(Fleet(4), Od(3, "i-0d000001"), Cluster(
            CapacitySamples.Instance("i-0d000001"),
            CapacitySamples.Instance("i-0d000002", minutesAgo: 5),
            CapacitySamples.Instance("i-0d000003")), 900, s => s with { OnDemandMinimum = 1, MinimumLifetimeSeconds = 1800, MaxRetirePerRun = 10 });

        Assert.Equal(["arn:aws:ecs:us-east-1:123456789012:container-instance/batch/0d000003"], plan.Drain);
    }

    [Fact]
    public void Pick_FloorReachedWhileDraining_ReactivatesTheExtra()
    {
        var plan = Pick(Fleet(4), Od(2), Cluster(CapacitySamples.Instance("i-0d000001", "DRAINING", 1), CapacitySamples.Instance("i-0d000002", "DRAINING", 1)), 900, s => s with { OnDemandMinimum = 1 });

        Assert.Single(plan.Reactivate);
        Assert.Empty(plan.Terminate);
    }
}
