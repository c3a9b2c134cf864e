using Orchestrator.Simulation.Account;
using Orchestrator.Simulation.Scenarios;
using Orchestrator.Simulation.Workflows;
using Orchestrator.Simulation.Workload;
using Orchestrator.States.Execution;
using Xunit.Abstractions;

namespace Orchestrator.Simulation.Tests.Workflows;

/// <summary>Issue 15 point 7: state transitions per successful batch, measured from the lanes'
/// real histories (<see cref="DrainTransitions"/>). Before the lane restructure a batch cost 15 at
/// BatchSize 10 and 19 at 25.</summary>
public class LaneCostTests(ITestOutputHelper output)
{
    [Fact]
    public void Lane_BatchSizeTen_AtMostEightTransitionsPerSuccessfulBatch()
    {
        var perBatch = Measure(batchSize: 10, messages: 300);

        Assert.Equal(30, perBatch.Count);
        Assert.All(perBatch, n => Assert.True(n <= 8, $"a successful batch cost {n} transitions"));
    }

    [Fact]
    public void Lane_BatchSizeTwentyFive_FewerTransitionsThanBefore()
    {
        // Floor at 25: three receives and three delete calls (SQS takes at most 10 a call), each set in
        // a Map (one more transition each), RunTask and the two decision functions: 11 before any choice.
        // The lane adds its two merged choices, the heartbeat and NextReceive: 15 (19 before).
        var perBatch = Measure(batchSize: 25, messages: 500);

        Assert.Equal(20, perBatch.Count);
        Assert.All(perBatch, n => Assert.True(n <= 15, $"a successful batch cost {n} transitions"));
    }

    private List<int> Measure(int batchSize, int messages)
    {
        var workload = new WorkloadModel { DurationPerBatch = SecondsDistribution.Fixed(10), DurationPerMessage = SecondsDistribution.Fixed(0) };
        var fixture = new DrainFixture(new DrainStack { MaxConcurrentTasks = 1, BatchSize = batchSize, MessagesPerTask = batchSize }, new AccountOptions { Workload = workload });
        fixture.Drain.Send(Enumerable.Range(0, messages).Select(i => $"job {i}"));

        fixture.Drain.Trigger(fixture.ScheduleEvent());
        fixture.RunUntilDrained();

        Assert.All(fixture.Account.StepFunctions.Executions, e => Assert.True(e.Status == ExecutionStatus.Succeeded, fixture.Describe(e)));
        var perBatch = DrainTransitions.PerSuccessfulBatch(fixture.Lanes).ToList();
        output.WriteLine($"BatchSize {batchSize}: {string.Join(",", perBatch.Distinct())} transitions per successful batch; overall {DrainTransitions.OverallPerDeletedBatch(fixture.Account.StepFunctions.Executions):F2} per batch");
        return perBatch;
    }
}
