using System.Text.Json;
using Orchestrator.Core.QueueDrain;
using Orchestrator.Functions;
using Orchestrator.Simulation.Account;
using Orchestrator.Simulation.Recording;
using Orchestrator.Simulation.Scenarios;
using Orchestrator.Simulation.Services.Ecs;
using Orchestrator.Simulation.Workload;
using Orchestrator.States.Execution;

namespace Orchestrator.Simulation.Tests.Workflows;

/// <summary>The queue-drain state machine (statemachines/queue-drain.asl.json) on the engine and
/// the simulated account, seeded: the numbered tests of issue 6.</summary>
public class QueueDrainTests
{
    [Fact]
    public void Drain_OneMessageAfterIdleDay_OneTaskAndDeletedAfterSuccess()
    {
        var fixture = new DrainFixture();
        fixture.Account.Scheduler.Run(fixture.Account.Scheduler.Now.AddDays(1));
        var id = fixture.Drain.Send(["hello"]).Single();

        var execution = fixture.Drain.Trigger(fixture.ScheduleEvent());
        fixture.RunUntilDrained();

        Assert.True(execution.Status == ExecutionStatus.Succeeded, fixture.Describe(execution));
        var record = fixture.Account.Log.Find(id)!;
        var task = Assert.Single(record.Tasks);
        Assert.NotNull(record.DeletedAt);
        Assert.True(task.FinishedAt <= record.DeletedAt, "deleted before its task finished");
        Assert.True(task.Succeeded);
        Assert.Empty(fixture.Account.Log.Lost());
    }

    [Fact]
    public void Drain_TenThousandMessages_AllProcessedWithinConcurrencyNothingDeletedEarly()
    {
        var fixture = new DrainFixture(new DrainStack { MaxConcurrentTasks = 50, BatchSize = 10, MessagesPerTask = 10 });
        fixture.Drain.Send(Enumerable.Range(0, 10_000).Select(i => $"job {i}"));

        var execution = fixture.Drain.Trigger(fixture.ScheduleEvent());
        fixture.RunUntilDrained();

        Assert.True(execution.Status == ExecutionStatus.Succeeded, fixture.Describe(execution));
        Assert.Equal(0, fixture.InWorkQueue);
        Assert.All(fixture.Account.Log.Messages, m => Assert.NotNull(m.DeletedAt));
        Assert.Empty(fixture.Account.Log.DeletedBeforeSuccess());
        Assert.Empty(fixture.Account.Log.Lost());
        Assert.Equal(50, fixture.Tasks.PeakConcurrent); // never more, and more than inline Map's 40 (lanes run in nested groups)
        Assert.Equal(1000, fixture.Tasks.Stopped.Count);
    }

    [Fact]
    public void Drain_RandomFailuresAndPoison_RetriedProcessedPoisonDeadLetteredNoneLost()
    {
        var workload = new WorkloadModel { FailureProbability = 0.2, PoisonBodyMarker = "POISON" };
        var fixture = new DrainFixture(new DrainStack { MaxConcurrentTasks = 20, MaxReceiveCount = 5 }, new AccountOptions { Workload = workload });
        var (ids, poison) = fixture.SendWithPoison();

        fixture.SweepUntilSettled(TimeSpan.FromMinutes(5), TimeSpan.FromHours(12));

        var log = fixture.Account.Log;
        Assert.Empty(log.Lost());
        Assert.Empty(log.DeletedBeforeSuccess());
        Assert.All(poison, id => Assert.NotNull(log.Find(id)!.DeadLetteredAt));
        Assert.All(poison, id => Assert.Equal(5, log.Find(id)!.Receives.Count));
        var innocents = ids.Where(id => !poison.Contains(id)).Select(id => log.Find(id)!).ToList();
        Assert.All(innocents, m => Assert.True(m.DeletedAt is not null || m.DeadLetteredAt is not null, $"{m.MessageId} neither deleted nor dead-lettered"));
        var retriedAndProcessed = innocents.Count(m => m.DeletedAt is not null && m.Receives.Count > 1);
        Assert.True(retriedAndProcessed > 100, $"only {retriedAndProcessed} retried messages were processed");
        // A message reaches the DLQ only after maxReceiveCount tasks that ran it failed.
        Assert.All(innocents.Where(m => m.DeadLetteredAt is not null), m => Assert.Equal(5, m.Tasks.Count(t => t.Succeeded == false)));
    }

    [Fact]
    public void Drain_PoisonInBatches_InnocentCompanionsAreNotDeadLettered()
    {
        // Issue 6, test 3 without random failures: only the poison messages may reach the DLQ. A
        // message that failed once runs alone from then on (docs/QUEUE-DRAIN.md, "Poison isolation").
        var workload = new WorkloadModel { PoisonBodyMarker = "POISON" };
        var fixture = new DrainFixture(new DrainStack { MaxConcurrentTasks = 20, MaxReceiveCount = 5 }, new AccountOptions { Workload = workload });
        var (ids, poison) = fixture.SendWithPoison();

        fixture.SweepUntilSettled(TimeSpan.FromMinutes(5), TimeSpan.FromHours(12));

        var log = fixture.Account.Log;
        Assert.Equal(poison.Order(), log.DeadLetteredMessages().Select(m => m.MessageId).Order());
        Assert.All(poison, id => Assert.Equal(5, log.Find(id)!.Receives.Count));
        Assert.All(ids.Where(id => !poison.Contains(id)), id => Assert.NotNull(log.Find(id)!.DeletedAt));
        Assert.Empty(log.Lost());
        Assert.Empty(log.DeletedBeforeSuccess());
        // An innocent fails at most once (with a poison companion), then succeeds alone.
        Assert.All(ids.Where(id => !poison.Contains(id)), id => Assert.True(log.Find(id)!.Tasks.Count <= 2, $"{id} ran {log.Find(id)!.Tasks.Count} times"));
        // Held parts kept their visibility: every receive ran its message in exactly one task, so no
        // message reappeared while held and none was handed back unrun (a wasted receive).
        Assert.All(log.Messages, m => Assert.Equal(m.Receives.Count, m.Tasks.Count));
        // From its second receive on, a poison message fails alone.
        var messagesPerTask = log.Events.Where(e => e.Kind == MessageEventKind.TaskStarted).GroupBy(e => e.Detail!).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(poison, id => Assert.All(log.Find(id)!.Tasks.Skip(1), t => Assert.Equal(1, messagesPerTask[t.TaskArn])));
        Assert.True(fixture.Tasks.PeakConcurrent <= 20, $"{fixture.Tasks.PeakConcurrent} tasks at once");
        AssertHistoriesWithinEstimates(fixture);
    }

    [Fact]
    public void Drain_SuspectsHeldLongerThanTheirVisibility_NeverRunTwiceAtOnce()
    {
        // Visibility 120 + 0 + 20 + 60 = 200 s, tasks of 40 s plus start-up: the later parts of a receive
        // of suspects start long after 200 s. Their visibility is renewed before each part, so the
        // other lane, busy receiving, never gets them meanwhile.
        var workload = new WorkloadModel { PoisonBodyMarker = "POISON", DurationPerBatch = SecondsDistribution.Fixed(40), DurationPerMessage = SecondsDistribution.Fixed(0) };
        var stack = new DrainStack { MaxConcurrentTasks = 2, TaskTimeoutSeconds = 120, FallbackAfterSeconds = 0, MaxReceiveCount = 3 };
        var fixture = new DrainFixture(stack, new AccountOptions { Workload = workload });
        var ids = fixture.Drain.Send(Enumerable.Range(0, 100).Select(i => i % 10 == 3 ? $"POISON {i}" : $"job {i}"));

        fixture.SweepUntilSettled(TimeSpan.FromMinutes(5), TimeSpan.FromHours(3));

        var log = fixture.Account.Log;
        Assert.True(fixture.Lanes.Any(l => (int)l.Output!["Stats"]!["Batches"]! >= 5), "no lane ran a long series of parts");
        Assert.All(log.Messages, m => Assert.Equal(m.Receives.Count, m.Tasks.Count));
        Assert.All(log.Messages, m => Assert.All(m.Tasks.Zip(m.Tasks.Skip(1)), pair => Assert.True(pair.Second.StartedAt >= pair.First.FinishedAt, $"{m.MessageId} ran in two tasks at once")));
        Assert.Equal(10, log.DeadLetteredMessages().Count);
        Assert.Equal(90, ids.Count(id => log.Find(id)!.DeletedAt is not null));
    }

    [Fact]
    public void Drain_FargateSpotUnavailableForTenMinutes_FallsBackToFargateAfterTheWait()
    {
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var ecs = new EcsOptions { FargateSpotUnavailable = [new TimeWindow(start, start.AddMinutes(10))] };
        var fixture = new DrainFixture(new DrainStack { MaxConcurrentTasks = 5, FallbackAfterSeconds = 120 }, new AccountOptions { Start = start, Ecs = ecs });
        fixture.Drain.Send(Enumerable.Range(0, 200).Select(i => $"job {i}"));

        var execution = fixture.Drain.Trigger(fixture.ScheduleEvent());
        fixture.RunUntilDrained();

        Assert.True(execution.Status == ExecutionStatus.Succeeded, fixture.Describe(execution));
        var byProvider = fixture.Tasks.ByCapacityProvider();
        Assert.True(byProvider.GetValueOrDefault("FARGATE") > 0, "no batch fell back to on-demand");
        Assert.True(byProvider.GetValueOrDefault("FARGATE_SPOT") > 0, "Spot was not used again after the outage");
        var firstOnDemand = fixture.Tasks.Stopped.Where(t => t["capacityProviderName"]?.GetValue<string>() == "FARGATE")
            .Min(t => DateTimeOffset.FromUnixTimeMilliseconds((long)(t["createdAt"]!.GetValue<double>() * 1000)));
        Assert.True(firstOnDemand >= start.AddSeconds(120), $"fell back at {firstOnDemand:O}, before FallbackAfterSeconds");
        Assert.Empty(fixture.Account.Log.Lost());
        Assert.Equal(0, fixture.InWorkQueue);
    }

    [Fact]
    public void Drain_FiftyLanesThroughASpotOutage_NoExecutionOutgrowsItsHistory()
    {
        // Regression: every lane retrying RunTask through an outage once pushed a cycle past 25,000
        // events; cycles are now planned for their worst case.
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var ecs = new EcsOptions { FargateSpotUnavailable = [new TimeWindow(start.AddMinutes(3), start.AddMinutes(13))] };
        var fixture = new DrainFixture(new DrainStack { MaxConcurrentTasks = 50 }, new AccountOptions { Start = start, Ecs = ecs });
        fixture.Drain.Send(Enumerable.Range(0, 4000).Select(i => $"job {i}"));

        fixture.Drain.Trigger(fixture.ScheduleEvent());
        fixture.RunUntilDrained();

        Assert.All(fixture.Account.StepFunctions.Executions, e => Assert.True(e.Status == ExecutionStatus.Succeeded, fixture.Describe(e)));
        Assert.All(fixture.Account.StepFunctions.Executions, e => Assert.True(e.History.Count < 25_000, $"{e.Name}: {e.History.Count} events"));
        Assert.Equal(0, fixture.InWorkQueue);
        Assert.Empty(fixture.Account.Log.Lost());
        AssertHistoriesWithinEstimates(fixture);
    }

    [Fact]
    public void Drain_SpotInterruptions_BatchesRequeuedAndProcessed()
    {
        // Two interruptions per task-hour: with 2–3 minute tasks about one task in ten is reclaimed.
        // Each reclaim costs its messages one SQS receive, so the stack keeps the recommended
        // maxReceiveCount of 10 for Spot (docs/QUEUE-DRAIN.md).
        var ecs = new EcsOptions { FargateSpotInterruptionRatePerHour = 2 };
        var workload = new WorkloadModel { DurationPerBatch = SecondsDistribution.Fixed(120) };
        var fixture = new DrainFixture(new DrainStack { MaxConcurrentTasks = 10, MaxReceiveCount = 10 }, new AccountOptions { Ecs = ecs, Workload = workload, Seed = 3 });
        fixture.Drain.Send(Enumerable.Range(0, 300).Select(i => $"job {i}"));

        fixture.SweepUntilSettled(TimeSpan.FromMinutes(5), TimeSpan.FromHours(6));

        Assert.True(fixture.Tasks.ByStopCode().GetValueOrDefault("SpotInterruption") > 0, "no task was interrupted");
        Assert.Empty(fixture.Account.Log.Lost());
        Assert.Empty(fixture.Account.Log.DeletedBeforeSuccess());
        Assert.All(fixture.Account.Log.Messages, m => Assert.NotNull(m.DeletedAt));
        var report = fixture.Account.StepFunctions.Executions.Select(DrainFixture.Report).Where(r => r is not null).ToList();
        Assert.True(report.Sum(r => (int)r!["Totals"]!["Interrupted"]!) > 0);
    }

    [Fact]
    public void Drain_EveryTriggerDeliveredTwice_OneDrainNoDuplicateTask()
    {
        var fixture = new DrainFixture();
        fixture.Drain.Send(Enumerable.Range(0, 50).Select(i => $"job {i}"));
        var triggers = new[] { "alarm-eventbridge.json", "alarm-sns-records.json", "schedule.json", "pipe-alarm-signals.json" }
            .Select(f => System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(RepoFile("events", "queue-drain", f))))
            .ToList();

        var executions = triggers.Concat(triggers).Select(t => fixture.Drain.Trigger(t!)).ToList();
        fixture.RunUntilDrained();

        Assert.All(executions, e => Assert.True(e.Status == ExecutionStatus.Succeeded, fixture.Describe(e)));
        var statuses = executions.Select(e => e.Output!["Status"]!.GetValue<string>()).ToList();
        Assert.Equal(1, statuses.Count(s => s == "drained"));
        Assert.Equal(7, statuses.Count(s => s == "already-draining"));
        Assert.Equal(5, fixture.Tasks.Stopped.Count);
        Assert.All(fixture.Account.Log.Messages, m => Assert.Single(m.Tasks));
    }

    [Fact]
    public void Drain_LanesOfManyBatches_EachLaneStaysWithinItsOwnHistory()
    {
        // Each lane is a child execution: it runs batch after batch (here 50, MaxBatchesPerLane) and
        // the drain's own history grows per lane, not per batch.
        var workload = new WorkloadModel { DurationPerBatch = SecondsDistribution.Fixed(5), DurationPerMessage = SecondsDistribution.Fixed(0) };
        var fixture = new DrainFixture(new DrainStack { MaxConcurrentTasks = 10, BatchSize = 1, MessagesPerTask = 1 }, new AccountOptions { Workload = workload });
        fixture.Drain.Send(Enumerable.Range(0, 1500).Select(i => $"job {i}"));

        var execution = fixture.Drain.Trigger(fixture.ScheduleEvent());
        fixture.RunUntilDrained();

        Assert.All(fixture.Account.StepFunctions.Executions, e => Assert.True(e.Status == ExecutionStatus.Succeeded, fixture.Describe(e)));
        Assert.Equal("drained", execution.Output!["Status"]!.GetValue<string>());
        Assert.Equal(1500, (int)execution.Output!["Report"]!["Totals"]!["Deleted"]!);
        Assert.Contains(fixture.Lanes, lane => (int)lane.Output!["Stats"]!["Batches"]! == 50);
        Assert.True(execution.History.Count < 1000, $"the drain itself recorded {execution.History.Count} events");
        AssertHistoriesWithinEstimates(fixture);
    }

    [Fact]
    public void Drain_LongerThanTheHistoryLimit_HandsOverAndNoExecutionExceedsIt()
    {
        // A message that keeps failing keeps the drain waiting and re-planning (about 50 events a
        // minute) for hours, until redrive moves it after 50 receives: the drain hands over.
        var workload = new WorkloadModel { PoisonBodyMarker = "POISON" };
        var fixture = new DrainFixture(new DrainStack { MaxReceiveCount = 50 }, new AccountOptions { Workload = workload });
        fixture.Drain.Send([.. Enumerable.Range(0, 300).Select(i => $"job {i}"), "POISON"]);

        fixture.Drain.Trigger(fixture.ScheduleEvent());
        fixture.RunUntilDrained();

        var drains = fixture.Drains;
        Assert.True(drains.Count >= 2, "the drain never handed over");
        Assert.All(fixture.Account.StepFunctions.Executions, e => Assert.True(e.Status == ExecutionStatus.Succeeded, fixture.Describe(e)));
        Assert.All(drains.SkipLast(1), e => Assert.Equal("handed-over", e.Output!["Status"]!.GetValue<string>()));
        Assert.Equal("drained", drains[^1].Output!["Status"]!.GetValue<string>());
        Assert.Equal(300, (int)drains[^1].Output!["Report"]!["Totals"]!["Deleted"]!);
        Assert.Single(fixture.Account.Log.DeadLetteredMessages());
        AssertHistoriesWithinEstimates(fixture);
    }

    [Fact]
    public void Drain_BatchOverTheOverridesLimit_TravelsAsAnS3Manifest()
    {
        var fixture = new DrainFixture();
        var ids = fixture.Drain.Send(Enumerable.Range(0, 10).Select(i => new string((char)('a' + i), 1500)));

        var execution = fixture.Drain.Trigger(fixture.ScheduleEvent());
        fixture.RunUntilDrained();

        Assert.True(execution.Status == ExecutionStatus.Succeeded, fixture.Describe(execution));
        var manifests = fixture.Account.S3.Keys(fixture.Drain.Stack.ManifestBucket);
        Assert.Single(manifests);
        Assert.All(ids, id => Assert.NotNull(fixture.Account.Log.Find(id)!.DeletedAt));
        Assert.All(ids, id => Assert.True(fixture.Account.Log.Find(id)!.Tasks.Single().Succeeded));
    }

    [Fact]
    public void Drain_TaskTimesOut_TaskStoppedBatchReturned()
    {
        var workload = new WorkloadModel { HangProbability = 1 };
        var fixture = new DrainFixture(new DrainStack { TaskTimeoutSeconds = 300, MaxReceiveCount = 2 }, new AccountOptions { Workload = workload });
        var id = fixture.Drain.Send(["stuck"]).Single();

        var execution = fixture.Drain.Trigger(fixture.ScheduleEvent());
        fixture.RunUntilDrained();

        Assert.True(execution.Status == ExecutionStatus.Succeeded, fixture.Describe(execution));
        var record = fixture.Account.Log.Find(id)!;
        Assert.Null(record.DeletedAt);
        Assert.NotNull(record.DeadLetteredAt);
        Assert.All(fixture.Tasks.Stopped, t => Assert.Equal("UserInitiated", t["stopCode"]?.GetValue<string>()));
        Assert.True((int)DrainFixture.Report(execution)!["Totals"]!["TimedOut"]! >= 1);
    }

    /// <summary>The core's event estimates (HistoryBudget) must bound what the engine actually recorded:
    /// a drain's from its report, a lane's from its statistics; and no execution may reach AWS's
    /// 25,000-event limit.</summary>
    private static void AssertHistoriesWithinEstimates(DrainFixture fixture)
    {
        Assert.All(fixture.Account.StepFunctions.Executions, e => Assert.True(e.History.Count < HistoryBudget.Limit, $"{e.Name}: {e.History.Count} events"));
        foreach (var e in fixture.Drains.Where(e => e.Output?["Report"] is not null))
        {
            var estimated = (int)e.Output!["Report"]!["EventsUsed"]!;
            Assert.True(e.History.Count <= estimated + 200, $"{e.Name}: {e.History.Count} events recorded, {estimated} estimated");
        }

        foreach (var lane in fixture.Lanes)
        {
            var settings = lane.Input!["Settings"].Deserialize(FunctionJson.Default.DrainSettings)!;
            var estimated = lane.Output!["Stats"].Deserialize(FunctionJson.Default.LaneStats)!.EstimatedEvents(settings);
            Assert.True(lane.History.Count <= estimated, $"{lane.Name}: {lane.History.Count} events recorded, {estimated} estimated");
        }
    }

    /// <summary>A path in the repository: found above the test's output folder, or else above this
    /// source file (when the build put its output outside the repository).</summary>
    private static string RepoFile(params string[] parts)
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(SourceFile())! })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Orchestrator.sln")))
                {
                    return Path.Combine([dir.FullName, .. parts]);
                }
            }
        }

        throw new InvalidOperationException("Orchestrator.sln not found above the test output or the test source.");
    }

    private static string SourceFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;
}
