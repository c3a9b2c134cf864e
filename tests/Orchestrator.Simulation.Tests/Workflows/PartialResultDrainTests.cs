using Orchestrator.Simulation.Account;
using Orchestrator.Simulation.Scenarios;
using Orchestrator.Simulation.Workload;

namespace Orchestrator.Simulation.Tests.Workflows;

/// <summary>Issue 18, partial batch results (the lane side): a worker that reports its poison ids in
/// ORCHESTRATOR_RESULT_URI (the simulated S3) and exits 0 gets only those back; the rest is deleted.</summary>
public class PartialResultDrainTests
{
    [Fact]
    public void Drain_WorkerReportsPoisonIds_InnocentsRunOncePoisonDeadLettered()
    {
        var workload = new WorkloadModel { PoisonBodyMarker = "POISON", ReportsPartialResults = true };
        var fixture = new DrainFixture(new DrainStack { MaxConcurrentTasks = 20, MaxReceiveCount = 5 }, new AccountOptions { Workload = workload });
        var (ids, poison) = fixture.SendWithPoison();

        fixture.SweepUntilSettled(TimeSpan.FromMinutes(5), TimeSpan.FromHours(12));

        var log = fixture.Account.Log;
        Assert.Equal(poison.Order(), log.DeadLetteredMessages().Select(m => m.MessageId).Order());
        Assert.All(poison, id => Assert.Equal(5, log.Find(id)!.Receives.Count));
        // Without partial results an innocent in a poison's batch ran twice; now every one runs once.
        Assert.All(ids.Where(id => !poison.Contains(id)), id => Assert.Single(log.Find(id)!.Tasks));
        Assert.All(ids.Where(id => !poison.Contains(id)), id => Assert.NotNull(log.Find(id)!.DeletedAt));
        Assert.Empty(log.Lost());
        Assert.Contains(fixture.Account.S3.Keys(fixture.Drain.Stack.ManifestBucket), k => k.StartsWith("results/", StringComparison.Ordinal));
    }
}
