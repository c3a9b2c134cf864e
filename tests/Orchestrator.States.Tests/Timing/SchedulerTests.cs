using Orchestrator.States.Timing;

namespace Orchestrator.States.Tests.Timing;

/// <summary>The scheduler's contract, after SimPy's own tests (simpy/tests/test_environment.py,
/// test_timeout.py): ordering by (time, priority, sequence), Peek, Step, Run(until).</summary>
public class SchedulerTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Run_EventsAtDifferentTimes_RunInTimeOrderAndAdvanceClock()
    {
        var scheduler = new Scheduler(Start);
        var log = new List<(string, double)>();
        scheduler.Schedule(TimeSpan.FromSeconds(5), () => log.Add(("b", (scheduler.Now - Start).TotalSeconds)));
        scheduler.Schedule(TimeSpan.FromSeconds(1), () => log.Add(("a", (scheduler.Now - Start).TotalSeconds)));

        scheduler.Run();

        Assert.Equal([("a", 1.0), ("b", 5.0)], log);
        Assert.Equal(Start.AddSeconds(5), scheduler.Now);
    }

    [Fact]
    public void Run_SameTime_UrgentBeforeNormalThenInsertionOrder()
    {
        var scheduler = new Scheduler(Start);
        var log = new List<string>();
        scheduler.Schedule(TimeSpan.FromSeconds(1), () => log.Add("normal-1"));
        scheduler.Schedule(TimeSpan.FromSeconds(1), () => log.Add("normal-2"));
        scheduler.Schedule(TimeSpan.FromSeconds(1), () => log.Add("urgent"), Scheduler.Urgent);

        scheduler.Run();

        Assert.Equal(["urgent", "normal-1", "normal-2"], log);
    }

    [Fact]
    public void Schedule_NegativeDelay_Throws()
    {
        var scheduler = new Scheduler(Start);

        Assert.Throws<ArgumentOutOfRangeException>(() => scheduler.Schedule(TimeSpan.FromSeconds(-1), () => { }));
    }

    [Fact]
    public void ScheduleAt_PastTime_Throws()
    {
        var scheduler = new Scheduler(Start);

        Assert.Throws<ArgumentOutOfRangeException>(() => scheduler.ScheduleAt(Start.AddTicks(-1), () => { }));
    }

    [Fact]
    public void Peek_EmptySchedule_IsNull_AndStepThrows()
    {
        var scheduler = new Scheduler(Start);

        Assert.Null(scheduler.Peek());
        Assert.Throws<InvalidOperationException>(scheduler.Step);
    }

    [Fact]
    public void Peek_ReturnsNextDueTimeWithoutRunningIt()
    {
        var scheduler = new Scheduler(Start);
        var ran = false;
        scheduler.Schedule(TimeSpan.FromMinutes(3), () => ran = true);

        Assert.Equal(Start.AddMinutes(3), scheduler.Peek());
        Assert.False(ran);
        Assert.Equal(Start, scheduler.Now);
    }

    [Fact]
    public void RunUntil_EventAtUntilIsNotProcessed_ClockStopsAtUntil()
    {
        // SimPy: run(until=t) processes events strictly before t; now == t afterwards.
        var scheduler = new Scheduler(Start);
        var log = new List<int>();
        scheduler.Schedule(TimeSpan.FromSeconds(9), () => log.Add(9));
        scheduler.Schedule(TimeSpan.FromSeconds(10), () => log.Add(10));

        scheduler.Run(Start.AddSeconds(10));

        Assert.Equal([9], log);
        Assert.Equal(Start.AddSeconds(10), scheduler.Now);
        Assert.Equal(Start.AddSeconds(10), scheduler.Peek());
    }

    [Fact]
    public void RunUntil_InThePast_Throws()
    {
        var scheduler = new Scheduler(Start.AddSeconds(5));

        Assert.Throws<ArgumentOutOfRangeException>(() => scheduler.Run(Start));
    }

    [Fact]
    public void Cancel_BeforeItsTurn_EventIsSkipped()
    {
        var scheduler = new Scheduler(Start);
        var ran = false;
        var scheduled = scheduler.Schedule(TimeSpan.FromSeconds(1), () => ran = true);

        scheduled.Cancel();
        scheduler.Run();

        Assert.False(ran);
        Assert.Equal(Start, scheduler.Now);
    }

    [Fact]
    public void Step_EventSchedulesAnother_ChainRunsOnVirtualTime()
    {
        var scheduler = new Scheduler(Start);
        var ticks = 0;
        void Tick()
        {
            if (++ticks < 1000)
            {
                scheduler.Schedule(TimeSpan.FromDays(1), Tick);
            }
        }

        scheduler.Schedule(TimeSpan.Zero, Tick);
        scheduler.Run();

        Assert.Equal(1000, ticks);
        Assert.Equal(Start.AddDays(999), scheduler.Now);
    }

    [Fact]
    public async Task Delay_CompletesWhenTheSchedulerReachesItsTime()
    {
        var scheduler = new Scheduler(Start);
        var delay = scheduler.Delay(TimeSpan.FromHours(2));

        Assert.False(delay.IsCompleted);
        scheduler.Run(Start.AddHours(1));
        Assert.False(delay.IsCompleted);
        scheduler.Run();

        Assert.True(delay.IsCompleted);
        await delay;
        Assert.Equal(Start.AddHours(2), scheduler.Now);
    }

    [Fact]
    public void RunUntilPredicate_StopsWhenItHoldsOrNothingIsLeft()
    {
        var scheduler = new Scheduler(Start);
        var count = 0;
        for (var i = 1; i <= 5; i++)
        {
            scheduler.Schedule(TimeSpan.FromSeconds(i), () => count++);
        }

        Assert.True(scheduler.RunUntil(() => count == 3));
        Assert.Equal(Start.AddSeconds(3), scheduler.Now);
        Assert.False(scheduler.RunUntil(() => count == 99));
        Assert.Equal(5, count);
    }
}
