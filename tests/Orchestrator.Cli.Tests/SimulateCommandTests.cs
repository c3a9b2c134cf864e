namespace Orchestrator.Cli.Tests;

public class SimulateCommandTests
{
    private const string Small = """
        name: small
        seed: 5
        horizon: 2h
        stack: {MaxConcurrentTasks: "5", BatchSize: "10"}
        workload: {secondsPerBatch: 10, secondsPerMessage: 1}
        traffic:
          - {at: 10m, messages: 120}
          - {at: 40m, messages: 30, over: 10m, poison: 1}
        triggers: {alarm: true, schedule: rate(5 minutes)}
        """;

    [Fact]
    public void Simulate_SameScenarioAndSeed_PrintsTheSameSummary()
    {
        using var cli = new CliRunner();
        cli.WriteFile("small.yaml", Small);

        var first = cli.Run("simulate", "small.yaml");
        var second = cli.Run("simulate", "small.yaml");

        Assert.Equal(ExitCodes.Success, first.ExitCode);
        Assert.Equal(first.Out, second.Out);
        Assert.Contains("sent 150", first.Out, StringComparison.Ordinal);
        Assert.Contains("lost 0", first.Out, StringComparison.Ordinal);
        Assert.Contains("enqueue→start p50", first.Out, StringComparison.Ordinal);
        Assert.Contains("estimated", first.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_SeedOption_ChangesTheRun()
    {
        using var cli = new CliRunner();
        cli.WriteFile("small.yaml", Small);

        var seeded = cli.Run("simulate", "small.yaml", "--seed", "99");

        Assert.Contains("(seed 99,", seeded.Out, StringComparison.Ordinal);
        Assert.NotEqual(cli.Run("simulate", "small.yaml").Out, seeded.Out);
    }

    [Theory]
    [InlineData("traffic: [{at: soon, messages: 5}]", "traffic[0].at")]
    [InlineData("horizon: 2h", "traffic: at least one burst")]
    [InlineData("traffic: [{messages: 5}]\nstack: {Colour: \"blue\"}", "stack.Colour")]
    [InlineData("traffic: [{messages: 5}]\ntriggers: {schedule: \"rate(5 minute)\"}", "triggers.schedule")]
    [InlineData("traffic: [{messages: 5}\n", "Invalid scenario YAML")]
    [InlineData("capacity: {pool: Fleet}", "capacity.pool: 'Fleet' is not SpotFleet or AutoScalingGroup.")]
    [InlineData("capacity: {spotTarget: 0}", "capacity.spotTarget must be a whole number in 1..100.")]
    [InlineData("capacity: {jobEvery: 0s}", "capacity.jobEvery must be longer than zero.")]
    [InlineData("capacity: {}\nfaults: {spotCapacity: [{from: 1m, to: 2m, state: gone}]}", "faults: a capacity scenario sets its Spot drought under capacity:")]
    [InlineData("capacity: {droughtLength: long}", "capacity.droughtLength: 'long' is not a duration")]
    public void Simulate_BadScenario_NamesTheFieldAndExitsTwo(string yaml, string expected)
    {
        using var cli = new CliRunner();
        cli.WriteFile("bad.yaml", yaml);

        var (exitCode, output, error) = cli.Run("simulate", "bad.yaml");

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Empty(output);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_MissingFile_ExitsTwo()
    {
        using var cli = new CliRunner();

        Assert.Equal(ExitCodes.InvalidInput, cli.Run("simulate", "nowhere.yaml").ExitCode);
    }
}
