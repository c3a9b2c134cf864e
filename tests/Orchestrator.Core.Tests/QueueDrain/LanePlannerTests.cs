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
    public void Plan_AnyCycle_StaysWithinTheHistoryTarget()
    {
        // Property: for any backlog and any budget used so far, a planned cycle's upper bound of
        // events (every batch retrying RunTask as long as it may), added to what was used, stays
        // within the target.
        var settings = Samples.Settings(s => s with { MaxConcurrentTasks = 200, BatchSize = 30 });
        for (var used = HistoryBudget.Start; used < HistoryBudget.Target; used += 997)
        {
            foreach (var visible in new long[] { 1, 9, 10, 11, 500, 1_000_000 })
            {
                var plan = LanePlanner.Plan(new QueueDepth(visible, 0, 0), 0, Samples.Report(used), settings, Now);
                if (plan.Action != LanePlan.Run)
                {
                    continue;
                }

                var groups = plan.LaneGroups.Count;
                var bound = used + HistoryBudget.Cycle + (groups * HistoryBudget.PerGroup) + (plan.Lanes.Count * (HistoryBudget.EmptyLane + (plan.BatchesPerLane * HistoryBudget.PlannedPerBatch(settings))));
                Assert.True(bound <= HistoryBudget.Target, $"used {used}, visible {visible}: bound {bound}");
            }
        }
    }

    [Fact]
    public void Plan_Run_LeaseCoversTheCycle()
    {
        var settings = Samples.Settings();

        var plan = LanePlanner.Plan(new QueueDepth(5, 0, 0), 0, Samples.Report(HistoryBudget.Start), settings, Now);

        Assert.True(plan.LeaseExpiresAt >= Now.ToUnixTimeSeconds() + ((long)plan.BatchesPerLane * settings.VisibilityTimeoutSeconds));
    }
}
