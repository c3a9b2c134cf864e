using System.Globalization;
using Orchestrator.Core.Capacity;
using Orchestrator.Simulation.Capacity;
using Orchestrator.States.Execution;
using Xunit.Abstractions;

namespace Orchestrator.Simulation.Tests.Capacity;

/// <summary>
/// Issue 7, test 4 (<see cref="SpotDrought"/>): a 30-minute Spot drought (every Spot instance reclaimed with the
/// two-minute warning, no Spot capacity until it ends) and the recovery, for both kinds of Spot pool, with all
/// three workflows on their real triggers and a queue of 10-minute jobs arriving every 2 minutes.
/// </summary>
public class SpotDroughtTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(SpotPoolKind.SpotFleet)]
    [InlineData(SpotPoolKind.AutoScaling)]
    public void Drought_ThirtyMinutes_TasksKeepRunningOnDemandRetiredNoTaskStoppedByScaleIn(SpotPoolKind kind)
    {
        var run = new SpotDrought { Kind = kind }.Run();

        var report = run.Report;
        var executions = run.Account.StepFunctions.Executions;
        var raised = executions.Where(e => e.StateMachineArn == run.Deployment!.SpotInterruptionArn)
            .Select(e => CapacityFixture.Exited(e, "SetOnDemand")).OfType<DateTimeOffset>();
        output.WriteLine($"{kind}: {report}");
        output.WriteLine($"  replacements requested {string.Join(", ", raised.Select(r => r.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture)))}");
        output.WriteLine("  waits over 60 s: " + string.Join(", ", run.Jobs.Starts.Where(w => (w.Started - w.Queued).TotalSeconds > 60).Select(w => $"{w.Queued:HH:mm:ss}→{w.Started:HH:mm:ss}")));
        Assert.True(run.OnDemandMidDrought >= 3, $"only {run.OnDemandMidDrought} on-demand instances during the drought");
        Assert.Equal(0, report.TasksStillWaiting);
        Assert.True(report.MaxTaskWaitSeconds <= 180, $"a job waited {report.MaxTaskWaitSeconds} s for capacity");
        Assert.Equal(0, report.TasksStoppedByScaleIn);
        Assert.Equal(0, SpotDrought.RunningOnDemand(run.Account, run.Infrastructure));
        Assert.True(report.OnDemandInstanceHours > 0 && report.SpotInstanceHours > report.OnDemandInstanceHours, report.ToString());
        Assert.DoesNotContain(executions, e => e.Status == ExecutionStatus.Failed);
        Assert.DoesNotContain(executions.SelectMany(e => e.History), h => h.Type == "TaskFailed" && h.Resource == "publish");
    }

    /// <summary>The same drought with no capacity workflow at all: the baseline the figures compare with.</summary>
    [Fact]
    public void Drought_WithoutTheWorkflows_JobsWaitOutTheDrought()
    {
        var report = new SpotDrought { Workflows = false }.Run().Report;

        output.WriteLine($"no workflows: {report}");
        Assert.Equal(0, report.OnDemandInstanceHours);
        Assert.True(report.MaxTaskWaitSeconds >= 25 * 60, report.ToString());
    }

    [Fact]
    public void Drought_SameSeed_SameRun()
    {
        static string Trace(SpotDroughtRun run) => run.Report + "\n"
            + string.Join("\n", run.Account.StepFunctions.Executions.Select(e => $"{e.StartDate:O} {e.Name} {e.Status} {e.Output?.ToJsonString()}"));

        var scenario = new SpotDrought { Kind = SpotPoolKind.AutoScaling };

        Assert.Equal(Trace(scenario.Run()), Trace(scenario.Run()));
    }
}
