using Orchestrator.Core.QueueDrain;

namespace Orchestrator.Core.Tests.QueueDrain;

public class DrainReportTests
{
    [Fact]
    public void AddCycle_SumsLanesAndCountsEvents()
    {
        var settings = Samples.Settings();
        var lane = new LaneStats { Batches = 2, Messages = 20, Deleted = 20, TasksSpot = 2, TaskSecondsSpot = 3600, Succeeded = 2 };

        var report = DrainReport.Start("drain-1").AddCycle([lane, lane], settings, CostModel.UsEast1);

        Assert.Equal(1, report.Cycles);
        Assert.Equal(40, report.Totals.Messages);
        // Lanes are child executions: the drain's history grows per lane, the lanes' own per batch.
        Assert.Equal(HistoryBudget.Start + HistoryBudget.Cycle + HistoryBudget.PerGroup + (2 * HistoryBudget.PerLane), report.EventsUsed);
        Assert.Equal(2 * lane.EstimatedEvents(settings), report.LaneEvents);
        // Two Spot task-hours of 0.25 vCPU / 0.5 GB: 2 × (0.25 × 0.04048 + 0.5 × 0.004445) × 0.3.
        var tasks = 2 * ((0.25 * 0.04048) + (0.5 * 0.004445)) * 0.3;
        Assert.InRange(report.EstimatedCostUsd, tasks, tasks + 0.01);
    }

    [Fact]
    public void HandOver_KeepsTotalsResetsEvents()
    {
        var settings = Samples.Settings();
        var report = DrainReport.Start("drain-1").AddCycle([new LaneStats { Batches = 1, Messages = 10 }], settings, CostModel.UsEast1);

        var next = report.HandOver();

        Assert.Equal(2, next.Executions);
        Assert.Equal(HistoryBudget.Start, next.EventsUsed);
        Assert.Equal(10, next.Totals.Messages);
        Assert.Equal("drain-1", next.Owner);
    }
}
