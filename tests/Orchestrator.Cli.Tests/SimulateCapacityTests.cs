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
        Assert.Contains("spot-interruption succeeded", first.Out, StringComparison.Ordinal);
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
        Assert.Contains("(none: workflows off)", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("capacity: {pool: Fleet}", "capacity.pool: 'Fleet' is not SpotFleet or AutoScalingGroup.")]
    [InlineData("capacity: {spotTarget: 0}", "capacity.spotTarget must be a whole number in 1..100.")]
    [InlineData("capacity: {jobEvery: 0s}", "capacity.jobEvery must be longer than zero.")]
    [InlineData("capacity: {}\ntraffic: [{messages: 5}]", "A capacity scenario has no traffic")]
    [InlineData("capacity: {}\nfaults: {spotCapacity: [{from: 1m, to: 2m, state: gone}]}", "faults: a capacity scenario sets its Spot drought under capacity:")]
    [InlineData("capacity: {droughtLength: long}", "capacity.droughtLength: 'long' is not a duration")]
    public void Simulate_BadCapacityScenario_NamesTheFieldAndExitsTwo(string yaml, string expected)
    {
        using var cli = new CliRunner();
        cli.WriteFile("bad.yaml", yaml);

        var (exitCode, output, error) = cli.Run("simulate", "bad.yaml");

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Empty(output);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
