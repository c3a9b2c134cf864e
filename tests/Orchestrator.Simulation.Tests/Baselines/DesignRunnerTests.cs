using Orchestrator.Simulation.Baselines;
using Orchestrator.Simulation.Scenarios;

namespace Orchestrator.Simulation.Tests.Baselines;

public class DesignRunnerTests
{
    private const string Burst = """
        name: small-burst
        seed: 5
        horizon: 2h
        stack:
          MaxConcurrentTasks: "5"
        workload:
          secondsPerBatch: 10
          secondsPerMessage: 20
        traffic:
          - burst: { at: 10m, messages: 60 }
        """;

    [Theory]
    [InlineData(Design.Orchestrator)]
    [InlineData(Design.S0)]
    [InlineData(Design.S1)]
    [InlineData(Design.S3)]
    [InlineData(Design.BacklogTarget)]
    public void Run_SameSeed_SameFigures_AndEveryMessageServed(Design design)
    {
        var scenario = ScenarioLoader.Parse(Burst, null);

        var first = DesignRunner.Run(scenario, design);
        var second = DesignRunner.Run(scenario, design);

        Assert.Equal(first, second);
        Assert.Null(first.NotRun);
        Assert.Equal((60, 0, 0), (first.Processed, first.Lost, first.StillQueued));
        Assert.NotNull(first.LargestBurstDrained);
    }

    [Fact]
    public void S0_IdleService_ScalesToZeroAfterTheCpuAlarm()
    {
        // S0's CPU alarm (Average ≤ 0.01 % over one 3-minute period) sets the count to 0 once the workers
        // idle: its task-hours stay far below a service that keeps one task for the whole run (S1).
        var scenario = ScenarioLoader.Parse(Burst, null);

        var s0 = DesignRunner.Run(scenario, Design.S0);
        var s1 = DesignRunner.Run(scenario, Design.S1);

        Assert.True(s0.TaskHours < s1.TaskHours - 1, $"S0 {s0.TaskHours:0.00} h, S1 {s1.TaskHours:0.00} h");
    }

    [Fact]
    public void S4_OnAQueueScenario_SaysWhyItDidNotRun()
    {
        var figures = DesignRunner.Run(ScenarioLoader.Parse(Burst, null), Design.S4);

        Assert.Contains("Spot Fleet", figures.NotRun, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownDesign_NamesItAndTheValidNames()
    {
        var e = Assert.Throws<ArgumentException>(() => DesignNames.Parse("S0,S9"));

        Assert.Equal("'S9' is not a design; the designs are orchestrator, S0, S1, S3, S4, backlog-target.", e.Message);
    }
}
