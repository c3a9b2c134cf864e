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
}
