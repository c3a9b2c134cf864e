namespace Orchestrator.Cli.Tests;

public class SimulateCommandTests
{
    private const string Small = """
        name: small
        seed: 5
        horizon: 2h
        stack: {MaxConcurrentTasks: "5", BatchSize: "10", DrainSchedule: rate(5 minutes)}
        workload: {secondsPerBatch: 10, secondsPerMessage: 1}
        traffic:
          - burst: {at: 10m, messages: 120}
          - burst: {at: 40m, messages: 30, over: 10m}
            poisonShare: 0.04
        queue: {maxReceiveCount: 3}     # the poison message reaches the dead-letter queue within the 2 hours
        triggers: {alarm: true}
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
    [InlineData("traffic: [{burst: {at: soon, messages: 5}}]", "bad.yaml: line 1: traffic[0].burst.at: 'soon' is not a duration")]
    [InlineData("horizon: 2h", "bad.yaml: traffic: at least one entry is required")]
    [InlineData("traffic: []", "bad.yaml: line 1: traffic: at least one entry is required")]
    [InlineData("horizon: 0s\ntraffic: [{burst: {messages: 5}}]", "bad.yaml: line 1: horizon must be longer than zero.")]
    [InlineData("traffic: [{burst: {messages: 5}}]\nstack: {Colour: \"blue\"}", "bad.yaml: line 2: stack.Colour is not a parameter of serverless.template.")]
    [InlineData("traffic: [{burst: {messages: 5}}]\nstack: {DrainSchedule: \"rate(5 minute)\"}", "bad.yaml: line 2: stack.DrainSchedule:")]
    [InlineData("traffic: [{burst: {messages: 5}}]\ntraffic: []", "bad.yaml: line 2: the key 'traffic' is given twice")]
    [InlineData("traffic: [{burst: {messages: 5}}]\nworkload: {secondsPerBach: 3}", "Did you mean `secondsPerBatch`?")]
    [InlineData("traffic: [{burst: {messages: 5}}]\nfaults: {api: [{service: sqs, operation: ReceiveMesage, probability: 1}]}", "bad.yaml: line 2: faults.api[0].operation: 'ReceiveMesage' is not an operation of the sqs API model. Did you mean `ReceiveMessage`?")]
    [InlineData("traffic: [{burst: {messages: 5}}]\nfaults: {fargateSpotUnavailable: [{from: 2h, to: 1h}]}", "bad.yaml: line 2: faults.fargateSpotUnavailable[0]: from (2h) must be before to (1h).")]
    [InlineData("horizon: 1h\ntraffic: [{burst: {at: 2h, messages: 5}}]", "bad.yaml: line 2: traffic[0].burst.at (2h) is not inside the run")]
    [InlineData("traffic: [{burst: {messages: 5}}\n", "invalid scenario YAML")]
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
        Assert.DoesNotContain("System.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("ScenarioFile", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("99999999999999999999")]
    public void Simulate_SeedNotANumber_SaysSoInPlainWords(string seed)
    {
        using var cli = new CliRunner();
        cli.WriteFile("small.yaml", Small);

        var (exitCode, output, error) = cli.Run("simulate", "small.yaml", "--seed", seed);

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Empty(output);
        Assert.Contains($"--seed must be a whole number (e.g. --seed 42), got '{seed}'.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Nullable", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_ReplayFile_IsFoundNextToTheScenario()
    {
        using var cli = new CliRunner();
        Directory.CreateDirectory(Path.Combine(cli.WorkingDirectory, "runs"));
        cli.WriteFile("runs/sent.csv", "timestamp,count\n10m,20\n11m,20\n");
        cli.WriteFile("runs/replay.yaml", "horizon: 2h\ntraffic: [{replay: {file: sent.csv}}]\nworkload: {secondsPerBatch: 5, secondsPerMessage: 1}");

        var (exitCode, output, _) = cli.Run("simulate", "runs/replay.yaml");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("sent 40", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_MissingFile_ExitsTwo()
    {
        using var cli = new CliRunner();

        Assert.Equal(ExitCodes.InvalidInput, cli.Run("simulate", "nowhere.yaml").ExitCode);
    }
}
