using Orchestrator.Simulation.Baselines;
using Orchestrator.Simulation.Scenarios;

namespace Orchestrator.Simulation.Tests.Baselines;

public class BackupGroupLambdaTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Decide_SetsTheGroupToThePendingCapacity()
    {
        Assert.Equal(3, BackupGroupLambda.Decide(0, 3, T0, null, null));
        Assert.Null(BackupGroupLambda.Decide(3, 3, T0, null, null));
        Assert.Null(BackupGroupLambda.Decide(0, null, T0, null, null)); // no datapoint: nothing to act on
    }

    [Fact]
    public void Decide_SkipsWithinTenMinutesOfItsLastChange()
    {
        Assert.Null(BackupGroupLambda.Decide(2, 4, T0, T0.AddMinutes(-9), null));
        Assert.Equal(4, BackupGroupLambda.Decide(2, 4, T0, T0.AddMinutes(-10), null));
    }

    [Fact]
    public void Decide_ScaleInHonoursTheFortyFiveMinuteCooldown()
    {
        Assert.Null(BackupGroupLambda.Decide(4, 0, T0, T0.AddMinutes(-30), T0.AddMinutes(-44)));
        Assert.Equal(0, BackupGroupLambda.Decide(4, 0, T0, T0.AddMinutes(-30), T0.AddMinutes(-45)));
    }

    [Fact]
    public void S4_OnTheFleetDrought_TerminatesBusyInstances_WhereTheWorkflowsStopNone()
    {
        // Seed 004 lowers the group with SetDesiredCapacity, so Auto Scaling picks instances that still run
        // jobs; return-to-spot drains first and terminates only empty instances.
        var scenario = ScenarioLoader.Parse("name: d\nseed: 7\nhorizon: 1h50m\ncapacity:\n  pool: SpotFleet\n", null);

        var s4 = DesignRunner.Run(scenario, Design.S4);
        var ours = DesignRunner.Run(scenario, Design.Orchestrator);

        Assert.Null(s4.NotRun);
        Assert.True(s4.KilledMidWork > 0, $"S4 stopped {s4.KilledMidWork} jobs by scale-in");
        Assert.Equal(0, ours.KilledMidWork);
        Assert.Equal(s4, DesignRunner.Run(scenario, Design.S4));
    }
}
