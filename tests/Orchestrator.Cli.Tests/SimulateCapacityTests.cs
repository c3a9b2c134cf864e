namespace Orchestrator.Cli.Tests;

/// <summary><c>simulate</c> with a <c>capacity:</c> scenario: issue 7's Spot drought on an EC2 cluster.</summary>
public class SimulateCapacityTests
{
    private const string Drought = """
        name: drought
        seed: 3
        horizon: 1h
        capacity: {pool: AutoScalingGroup, spotTarget: 2, onDemandMax: 3, jobEvery: 4m, jobMinutes: 5, jobsUntil: 45m, droughtStart: 10m, droughtLength: 15m}
        """;

    [Fact]
    public void Simulate_CapacityScenario_ReportsInstanceHoursWaitsAndNoTaskStoppedByScaleIn()
    {
        using var cli = new CliRunner();
        cli.WriteFile("drought.yaml", Drought);

        var first = cli.Run("simulate", "drought.yaml");

        Assert.Equal(ExitCodes.Success, first.ExitCode);
        Assert.Equal(first.Out, cli.Run("simulate", "drought.yaml").Out);
        Assert.Contains("Spot pool AutoScaling of 2 × m5.large", first.Out, StringComparison.Ordinal);
        Assert.Contains("by our scale-in 0", first.Out, StringComparison.Ordinal);
        Assert.Contains("spot-interruption replaced 2", first.Out, StringComparison.Ordinal);
        // Both Spot instances are reclaimed when the drought starts: two on-demand replacements (max 3).
        Assert.Contains("on-demand mid-drought 2", first.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_CapacityScenarioWithoutWorkflows_BuysNoOnDemand()
    {
        using var cli = new CliRunner();
        cli.WriteFile("off.yaml", Drought.Replace("pool: AutoScalingGroup,", "pool: SpotFleet, workflows: false,", StringComparison.Ordinal));

        var run = cli.Run("simulate", "off.yaml");

        Assert.Contains("on-demand 0 h", run.Out, StringComparison.Ordinal);
        Assert.Contains("executions 0 (none)", run.Out, StringComparison.Ordinal);
    }
}
