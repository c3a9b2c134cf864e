using Orchestrator.Core.QueueDrain;

namespace Orchestrator.Core.Tests.QueueDrain;

public class LanePlannerTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Plan_OneMessage_OneLane()
    {
        var plan = LanePlanner.Plan(new QueueDepth(1, 0, 0), 0, Samples.Report(HistoryBudget.Start), Samples.Settings(), Now);

        Assert.Equal(LanePlan.Run, plan.Action);
        Assert.Equal([0], plan.Lanes);
    }

    [Fact]
    public void Plan_EmptyQueue_IsDone()
    {
        var plan = LanePlanner.Plan(new QueueDepth(0, 0, 0), 0, Samples.Report(HistoryBudget.Start), Samples.Settings(), Now);

        Assert.Equal(LanePlan.Done, plan.Action);
        Assert.Empty(plan.Lanes);
    }

    [Fact]
    public void Plan_Backlog_LanesBoundedByMaxConcurrentTasks()
    {
        var settings = Samples.Settings(s => s with { MaxConcurrentTasks = 50, MessagesPerTask = 10 });

        var plan = LanePlanner.Plan(new QueueDepth(10_000, 0, 0), 0, Samples.Report(HistoryBudget.Start), settings, Now);

        Assert.Equal(50, plan.Lanes.Count);
    }

    [Fact]
    public void Plan_TasksAlreadyRunning_AreSubtracted()
    {
        var settings = Samples.Settings(s => s with { MaxConcurrentTasks = 50 });

        var plan = LanePlanner.Plan(new QueueDepth(10_000, 0, 0), 45, Samples.Report(HistoryBudget.Start), settings, Now);

        Assert.Equal(5, plan.Lanes.Count);
    }

    [Fact]
    public void Plan_AtMaxConcurrency_Waits()
    {
        var settings = Samples.Settings(s => s with { MaxConcurrentTasks = 5 });

        var plan = LanePlanner.Plan(new QueueDepth(100, 0, 0), 5, Samples.Report(HistoryBudget.Start), settings, Now);

        Assert.Equal(LanePlan.Wait, plan.Action);
        Assert.Equal(settings.RecheckSeconds, plan.WaitSeconds);
    }

    [Fact]
    public void Plan_OnlyInFlightOrDelayed_WaitsInsteadOfEnding()
    {
        var plan = LanePlanner.Plan(new QueueDepth(0, 3, 2), 0, Samples.Report(HistoryBudget.Start), Samples.Settings(), Now);

        Assert.Equal(LanePlan.Wait, plan.Action);
        Assert.Contains("5 message(s)", plan.Reason, StringComparison.Ordinal);
        Assert.Equal(HistoryBudget.Start + HistoryBudget.WaitCycle, plan.Report.EventsUsed);
    }

    [Fact]
    public void Plan_LanesFromMessagesPerTask_RoundsUp()
    {
        var settings = Samples.Settings(s => s with { MessagesPerTask = 20, MaxConcurrentTasks = 100 });

        var plan = LanePlanner.Plan(new QueueDepth(41, 0, 0), 0, Samples.Report(HistoryBudget.Start), settings, Now);

        Assert.Equal(3, plan.Lanes.Count);
    }

    [Fact]
    public void Plan_BudgetNearlyUsed_HandsOver()
    {
        var plan = LanePlanner.Plan(new QueueDepth(100, 0, 0), 0, Samples.Report(HistoryBudget.Target - 50), Samples.Settings(), Now);

        Assert.Equal(LanePlan.HandOver, plan.Action);
    }

    [Fact]
    public void Plan_AnyCycle_StaysWithinTheHistoryTargets()
    {
        // Property: for any backlog and any budget used so far, a planned cycle stays within the
        // drain's target (each lane costs it PerLane events), and each lane's upper bound (every batch
        // retrying RunTask as long as it may) stays within the lane's own target.
        var settings = Samples.Settings(s => s with { MaxConcurrentTasks = 1000, BatchSize = 30, FallbackAfterSeconds = 3600 });
        for (var used = HistoryBudget.Start; used < HistoryBudget.Target; used += 997)
        {
            foreach (var visible in new long[] { 1, 9, 10, 11, 500, 1_000_000 })
            {
                var plan = LanePlanner.Plan(new QueueDepth(visible, 0, 0), 0, Samples.Report(used), settings, Now);
                if (plan.Action != LanePlan.Run)
                {
                    continue;
                }

                var drain = used + HistoryBudget.Cycle + (plan.LaneGroups.Count * HistoryBudget.PerGroup) + (plan.Lanes.Count * HistoryBudget.PerLane);
                Assert.True(drain <= HistoryBudget.Target, $"used {used}, visible {visible}: drain bound {drain}");
                var lane = HistoryBudget.LaneOverhead(settings) + (plan.BatchesPerLane * HistoryBudget.PlannedPerBatch(settings));
                Assert.True(lane <= HistoryBudget.Target, $"lane bound {lane}");
            }
        }
    }

    [Fact]
    public void Plan_ManyLanes_EachRunsManyBatches()
    {
        // Lanes are child executions: 50 lanes no longer share one history, so each may run up to
        // MaxBatchesPerLane (50) batches; before, such a cycle fitted one batch per lane.
        var settings = Samples.Settings(s => s with { MaxConcurrentTasks = 50 });

        var plan = LanePlanner.Plan(new QueueDepth(5000, 0, 0), 0, Samples.Report(HistoryBudget.Start), settings, Now);

        Assert.Equal(50, plan.Lanes.Count);
        Assert.Equal(settings.MaxBatchesPerLane, plan.BatchesPerLane);
    }

    [Fact]
    public void Plan_LongCapacityWaits_FewerBatchesPerLane()
    {
        // An hour of Spot retries every 20 s, then the visibility margin on-demand: 185 retries of 30
        // events each may follow every batch, so a lane's history holds only four such batches.
        var settings = Samples.Settings(s => s with { FallbackAfterSeconds = 3600 });

        var plan = LanePlanner.Plan(new QueueDepth(100, 0, 0), 0, Samples.Report(HistoryBudget.Start), settings, Now);

        Assert.Equal((HistoryBudget.Target - HistoryBudget.LaneOverhead(settings)) / HistoryBudget.PlannedPerBatch(settings), plan.BatchesPerLane);
        Assert.InRange(plan.BatchesPerLane, 1, 4);
    }

    [Fact]
    public void Plan_Run_LeaseCoversOnlyTheStartOfTheCycle()
    {
        // The stated formula: now + VisibilityTimeoutSeconds + VisibilityMarginSeconds. With defaults the
        // visibility timeout is 900 + 120 + 20 + 60 = 1,100 s, the margin 60 s: 1,160 s, not hours.
        var settings = Samples.Settings();

        var plan = LanePlanner.Plan(new QueueDepth(5, 0, 0), 0, Samples.Report(HistoryBudget.Start), settings, Now);

        Assert.Equal(LanePlan.Run, plan.Action);
        Assert.Equal(Now.ToUnixTimeSeconds() + 1_100 + 60, plan.LeaseExpiresAt);
    }
}
