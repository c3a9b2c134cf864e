using Orchestrator.Simulation.Account;
using Orchestrator.Simulation.Scenarios;
using Orchestrator.Simulation.Services.Sqs;
using Orchestrator.Simulation.Workload;
using Orchestrator.States.Execution;

namespace Orchestrator.Simulation.Tests.Workflows;

/// <summary>Issue 15 point 1: with SQS's short-poll server sampling on (<see cref="ShortPolling"/>), a
/// lane that read an empty short poll as "queue empty" ended while messages were visible. The lane
/// long-polls (WaitTimeSeconds 1 queries every server), so it ends only on a queue with nothing visible.</summary>
public class ShortPollDrainTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Drain_SmallQueueWithShortPollSampling_OneDrainProcessesAllAndNoLaneEndsWhileMessagesAreVisible(long seed)
    {
        var workload = new WorkloadModel { DurationPerBatch = SecondsDistribution.Fixed(30), DurationPerMessage = SecondsDistribution.Fixed(0) };
        var options = new AccountOptions { Seed = seed, Workload = workload, Sqs = new SqsOptions(ShortPolling: new ShortPolling(Servers: 8, SampleRate: 0.3)) };
        var fixture = new DrainFixture(new DrainStack { MaxConcurrentTasks = 3, BatchSize = 5, MessagesPerTask = 5 }, options);
        var ids = fixture.Drain.Send(Enumerable.Range(0, 40).Select(i => $"job {i}"));

        var drain = fixture.Drain.Trigger(fixture.ScheduleEvent());
        fixture.Account.Scheduler.RunUntil(() => fixture.AllFinished);

        Assert.True(drain.Status == ExecutionStatus.Succeeded, fixture.Describe(drain));
        Assert.Single(fixture.Drains);
        Assert.All(ids, id => Assert.NotNull(fixture.Account.Log.Find(id)!.DeletedAt));
        foreach (var lane in fixture.Lanes)
        {
            var end = lane.StopDate!.Value;
            var visible = fixture.Account.Log.Messages.Count(m => m.SentAt <= end && (m.FirstReceivedAt is null || m.FirstReceivedAt > end));
            Assert.True(visible == 0, $"{lane.Name} ended at {end:O} with {visible} message(s) never received yet");
        }
    }
}
