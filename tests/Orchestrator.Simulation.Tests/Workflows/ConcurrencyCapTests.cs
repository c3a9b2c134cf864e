using Orchestrator.Simulation.Account;
using Orchestrator.Simulation.Faults;
using Orchestrator.Simulation.Scenarios;
using Orchestrator.Simulation.Services.Ecs;
using Orchestrator.Simulation.Workflows;
using Orchestrator.Simulation.Workload;
using Orchestrator.States.Timing;
using Xunit.Abstractions;

namespace Orchestrator.Simulation.Tests.Workflows;

/// <summary>Issue 15 point 3: at no simulated instant may PROVISIONING + PENDING + RUNNING tasks of the
/// stack's task family exceed MaxConcurrentTasks, under every fault kind at once.</summary>
public class ConcurrencyCapTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Drain_EveryFaultKindAtOnce_TasksOfTheFamilyNeverExceedMaxConcurrentTasks(long seed)
    {
        // Task hangs (time-outs: Step Functions stops the task), start failures, random failures, Fargate
        // Spot interruptions, throttled ECS/SQS/DynamoDB calls, and sweep triggers delivered twice
        // (20 %) with up to a minute's delay.
        var workload = new WorkloadModel
        {
            HangProbability = 0.05, StartFailureProbability = 0.03, FailureProbability = 0.05,
            DurationPerBatch = SecondsDistribution.Uniform(30, 120), DurationPerMessage = SecondsDistribution.Fixed(1),
        };
        var faults = new[] { new ApiFault("ecs", "*", 0.03), new ApiFault("sqs", "*", 0.02), new ApiFault("dynamodb", "*", 0.05) };
        var options = new AccountOptions
        {
            Seed = seed, Workload = workload, ApiFaults = faults,
            Ecs = new EcsOptions { FargateSpotInterruptionRatePerHour = 3 },
        };
        var stack = new DrainStack { MaxConcurrentTasks = 20, TaskTimeoutSeconds = 300, MaxReceiveCount = 10 };
        var fixture = new DrainFixture(stack, options);
        var peak = new FamilyTaskPeak(fixture.Account.Ecs, stack.TaskFamily, () => fixture.Account.Scheduler.Now);
        fixture.Drain.Send(Enumerable.Range(0, 3000).Select(i => $"job {i}"));
        var random = new SeededRandom(seed);
        var end = fixture.Account.Scheduler.Now.AddHours(8);

        void Sweep()
        {
            if (fixture.InWorkQueue == 0 || fixture.Account.Scheduler.Now >= end)
            {
                return;
            }

            fixture.Drain.Trigger(fixture.ScheduleEvent());
            if (random.NextDouble() < 0.2)
            {
                fixture.Account.Scheduler.Schedule(TimeSpan.FromSeconds(60 * random.NextDouble()), () => fixture.Drain.Trigger(fixture.ScheduleEvent()));
            }

            fixture.Account.Scheduler.Schedule(TimeSpan.FromMinutes(5), Sweep);
        }

        Sweep();
        fixture.RunUntilDrained();

        output.WriteLine($"peak {peak.Peak} at {peak.PeakAt:O}; {fixture.Tasks.Stopped.Count} tasks; stop codes {string.Join(", ", fixture.Tasks.ByStopCode().Select(p => $"{p.Key} {p.Value}"))}");
        Assert.True(fixture.Tasks.ByStopCode().GetValueOrDefault("UserInitiated") > 0, "no task timed out");
        Assert.True(fixture.Tasks.ByStopCode().GetValueOrDefault("SpotInterruption") > 0, "no task was interrupted");
        Assert.True(fixture.Tasks.ByStopCode().GetValueOrDefault("TaskFailedToStart") > 0, "no task failed to start");
        Assert.Empty(fixture.Account.Log.Lost());
        Assert.True(peak.Peak <= stack.MaxConcurrentTasks, $"{peak.Peak} tasks of the family at {peak.PeakAt:O}, over MaxConcurrentTasks {stack.MaxConcurrentTasks}");
    }
}
