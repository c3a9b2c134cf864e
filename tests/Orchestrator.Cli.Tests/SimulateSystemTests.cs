using System.Text.Json.Nodes;

namespace Orchestrator.Cli.Tests;

/// <summary><c>simulate</c> with <c>capacity:</c> and <c>traffic</c>: the drain on an EC2 cluster's capacity
/// providers while Spot disappears, with the capacity workflows on their triggers (issue 12, build 3).</summary>
public class SimulateSystemTests
{
    private const string System = """
        name: system
        seed: 4
        horizon: 2h30m
        capacity: {pool: AutoScalingGroup, instanceTypes: [m5.large], spotTarget: 2, onDemandMax: 3}
        stack: {MaxConcurrentTasks: "12"}
        workload: {secondsPerBatch: 20, secondsPerMessage: 6}
        traffic: [{burst: {at: 15m, messages: 1500}}]
        faults:
          spotCapacity: [{from: 20m, to: 45m, state: gone, interruptRunning: true}]
        """;

    [Fact]
    public void Simulate_DrainThroughASpotDrought_LosesNothingBuysOnDemandAndRetiresIt()
    {
        using var cli = new CliRunner();
        cli.WriteFile("system.yaml", System);

        var first = cli.Run("simulate", "system.yaml", "--json");
        var second = cli.Run("simulate", "system.yaml", "--json");

        Assert.Equal(ExitCodes.Success, first.ExitCode);
        Assert.Equal(first.Out, second.Out);
        var run = JsonNode.Parse(first.Out)!;
        Assert.Equal("system", run["scenario"]!["kind"]!.GetValue<string>());
        var messages = run["messages"]!;
        Assert.Equal(1500, messages["processed"]!.GetValue<long>());
        Assert.Equal(0, messages["lost"]!.GetValue<long>());
        Assert.Equal(0, messages["stillQueued"]!.GetValue<long>());
        var tasks = run["tasks"]!;
        Assert.Equal(0, tasks["stoppedByScaleIn"]!.GetValue<int>());
        Assert.True(tasks["onDemandFallbacks"]!.GetValue<int>() > 0, "batches ran on the on-demand provider while Spot was gone");
        var capacity = run["capacity"]!;
        Assert.True(capacity["onDemandDuringDrought"]!.GetValue<int>() > 0, "on-demand instances were bought during the drought");
        Assert.Equal(0, capacity["onDemandAtEnd"]!.GetValue<int>());
        Assert.Contains("spot-interruption replaced", run["executions"]!["byOutcome"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("capacity: {pool: SpotFleet}\ntraffic: [{burst: {messages: 5}}]", "capacity.pool: SpotFleet cannot carry the drain")]
    [InlineData("capacity: {jobEvery: 2m}\ntraffic: [{burst: {messages: 5}}]", "capacity.jobEvery: a scenario with traffic has no job stream")]
    [InlineData("capacity: {instanceTypes: [m9.huge]}\ntraffic: [{burst: {messages: 5}}]", "capacity.instanceTypes[0]: 'm9.huge' is not an instance type")]
    [InlineData("capacity: {}\ntraffic: [{burst: {messages: 5}}]\nfaults: {fargateSpotUnavailable: [{from: 1m, to: 2m}]}", "faults.fargateSpotUnavailable: this scenario runs its tasks on the EC2 cluster")]
    [InlineData("traffic: [{burst: {messages: 5}}]\nfaults: {spotCapacity: [{from: 1m, to: 2m, state: gone}]}", "faults.spotCapacity: this scenario runs its tasks on Fargate")]
    [InlineData("traffic: [{burst: {messages: 5}}]\nfaults: {spotInterruptionsPerInstanceHour: 0.1}", "faults.spotInterruptionsPerInstanceHour: this scenario runs its tasks on Fargate")]
    [InlineData("traffic: [{burst: {messages: 5}}]\nfaults: {rebalanceLead: 5m}", "faults.rebalanceLead: this scenario runs its tasks on Fargate")]
    public void Simulate_FaultOrClusterThatCannotApply_IsRefused(string yaml, string expected)
    {
        using var cli = new CliRunner();
        cli.WriteFile("bad.yaml", yaml);

        var (exitCode, output, error) = cli.Run("simulate", "bad.yaml");

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Empty(output);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
