using Orchestrator.Core.Capacity;

namespace Orchestrator.Core.Tests.Capacity;

public class BackfillPlannerTests
{
    private static readonly DateTimeOffset Now = CapacitySamples.Now;

    private static SpotPool Fleet(double target, double fulfilled, string state = "active") =>
        SpotPool.Parse(SpotPoolKind.SpotFleet, CapacitySamples.FleetId, CapacitySamples.Fleet(target, fulfilled, state));

    private static OnDemandGroup Od(int desired, int max = 10) => OnDemandGroup.Parse(CapacitySamples.Group("od", 0, max, desired), "od");

    private static BackfillObservation Seen(int checks, int secondsAgo, double target) =>
        new(checks, (Now - TimeSpan.FromSeconds(secondsAgo)).ToString("O", System.Globalization.CultureInfo.InvariantCulture), target);

    [Fact]
    public void Plan_Fulfilled_Covered()
    {
        var plan = BackfillPlanner.Plan(CapacitySamples.Settings(), Fleet(4, 4), Od(0), BackfillObservation.None, Now);

        Assert.Equal("covered", plan.Action);
    }

    [Fact]
    public void Plan_FirstShortfall_WaitsBeforeFallback()
    {
        var plan = BackfillPlanner.Plan(CapacitySamples.Settings(), Fleet(4, 1), Od(0), BackfillObservation.None, Now);

        Assert.Equal(("wait", 120, 1, 4.0), (plan.Action, plan.WaitSeconds, plan.Observation.Checks, plan.Observation.LastTarget));
        Assert.Equal(plan.Lock.Now, Now.ToUnixTimeSeconds() + 120);
    }

    [Fact]
    public void Plan_TargetMoved_WaitsSettle()
    {
        var plan = BackfillPlanner.Plan(CapacitySamples.Settings(), Fleet(6, 1), Od(0), Seen(1, 120, target: 4), Now);

        Assert.Equal(("wait", 60), (plan.Action, plan.WaitSeconds));
        Assert.Contains("still scaling", plan.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_FleetModifying_WaitsSettle()
    {
        var plan = BackfillPlanner.Plan(CapacitySamples.Settings(), Fleet(4, 1, "modifying"), Od(0), Seen(1, 300, target: 4), Now);

        Assert.Equal("wait", plan.Action);
    }

    [Fact]
    public void Plan_StillMovingAfterMaxRechecks_BuysNothing()
    {
        var plan = BackfillPlanner.Plan(CapacitySamples.Settings(), Fleet(8, 1), Od(0), Seen(5, 600, target: 6), Now);

        Assert.Equal(("still-scaling", 0, 0), (plan.Action, plan.Added, plan.DesiredCapacity));
    }

    [Fact]
    public void Plan_PersistentShortfall_RaisesByExactlyTheShortfall()
    {
        var plan = BackfillPlanner.Plan(CapacitySamples.Settings(), Fleet(4, 1), Od(0), Seen(1, 120, target: 4), Now);

        Assert.Equal(("raise", 3, 3), (plan.Action, plan.DesiredCapacity, plan.Added));
        Assert.NotNull(plan.Notification);
    }

    [Fact]
    public void Plan_PersistentShortfall_RoundsUpPerInstanceAndAddsMinimum()
    {
        // ceil(3 / 2) = 2 on-demand instances, on top of the minimum of 1.
        var settings = CapacitySamples.Settings(s => s with { OnDemandUnitsPerInstance = 2, OnDemandMinimum = 1 });

        var plan = BackfillPlanner.Plan(settings, Fleet(4, 1), Od(1), Seen(1, 120, target: 4), Now);

        Assert.Equal(("raise", 3, 2), (plan.Action, plan.DesiredCapacity, plan.Added));
    }

    [Fact]
    public void Plan_OnDemandAlreadyCovers_BuysNothing()
    {
        var plan = BackfillPlanner.Plan(CapacitySamples.Settings(), Fleet(4, 1), Od(3), Seen(1, 120, target: 4), Now);

        Assert.Equal("covered", plan.Action);
    }

    [Fact]
    public void Plan_ShortfallAboveMax_CapsAtMaxSize()
    {
        var plan = BackfillPlanner.Plan(CapacitySamples.Settings(), Fleet(10, 0), Od(1, max: 4), Seen(1, 300, target: 10), Now);

        Assert.Equal(("raise", 4, 3), (plan.Action, plan.DesiredCapacity, plan.Added));
        Assert.Contains("capped at MaxSize", plan.Reason, StringComparison.Ordinal);
        Assert.Equal("at-maximum", BackfillPlanner.Plan(CapacitySamples.Settings(), Fleet(10, 0), Od(4, max: 4), Seen(1, 300, target: 10), Now).Action);
    }
}
