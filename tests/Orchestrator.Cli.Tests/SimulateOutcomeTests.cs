using System.Text.Json.Nodes;

namespace Orchestrator.Cli.Tests;

/// <summary><c>simulate</c>'s exit codes, <c>--json</c> and progress (issue 12, builds 6–8).</summary>
public class SimulateOutcomeTests
{
    private const string Base = """
        name: outcome
        seed: 3
        horizon: 1h
        stack: {MaxConcurrentTasks: "4", BatchSize: "10"}
        workload: {secondsPerBatch: 10, secondsPerMessage: 1}
        traffic: [{burst: {at: 5m, messages: 40}}]
        """;

    [Theory]
    // No alarm and no schedule (the template's DrainSchedule emptied): nothing ever starts a drain.
    [InlineData("stack: {MaxConcurrentTasks: \"4\", BatchSize: \"10\", DrainSchedule: \"\"}\ntriggers: {alarm: false}", "40 messages still queued at the horizon and no drain ever ran: no trigger started one")]
    // Every drain fails: the lease write (dynamodb:putItem) is refused throughout. (TaskTimeoutSeconds 50000,
    // which used to break every drain at run time, is now refused by the template's MaxValue: exit 2.)
    [InlineData("faults: {api: [{service: dynamodb, operation: PutItem, probability: 1}]}", "executions failed; the first: queue-drain failed")]
    // Every ReceiveMessage the workflows make is refused.
    [InlineData("faults: {api: [{service: sqs, operation: ReceiveMessage, probability: 1}]}", "40 messages still queued at the horizon: the drains did not finish the work in time.")]
    public void Simulate_BrokenRun_ExitsOneWithItsReason(string change, string reason)
    {
        using var cli = new CliRunner();
        var yaml = change.StartsWith("stack:", StringComparison.Ordinal)
            ? Base.Replace("stack: {MaxConcurrentTasks: \"4\", BatchSize: \"10\"}", change, StringComparison.Ordinal)
            : Base + "\n" + change;
        cli.WriteFile("broken.yaml", yaml);

        var (exitCode, output, _) = cli.Run("simulate", "broken.yaml");

        Assert.Equal(ExitCodes.Failed, exitCode);
        var problems = output.Split('\n').Where(l => l.StartsWith("problem    ", StringComparison.Ordinal)).ToList();
        Assert.Contains(problems, p => p.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Simulate_GoodRun_ExitsZeroWithoutProblems()
    {
        using var cli = new CliRunner();
        cli.WriteFile("good.yaml", Base);

        var (exitCode, output, _) = cli.Run("simulate", "good.yaml");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("result     ok", output, StringComparison.Ordinal);
        Assert.DoesNotContain("problem", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_Json_PrintsTheTextsFiguresAsOneDocument()
    {
        using var cli = new CliRunner();
        cli.WriteFile("good.yaml", Base);

        var text = cli.Run("simulate", "good.yaml").Out;
        var json = JsonNode.Parse(cli.Run("simulate", "good.yaml", "--json").Out)!;

        var messages = json["messages"]!;
        Assert.Contains($"sent {messages["sent"]}  processed {messages["processed"]}", text, StringComparison.Ordinal);
        Assert.Equal(40, messages["sent"]!.GetValue<long>());
        Assert.Contains($"{json["executions"]!["stateTransitions"]} state transitions", text, StringComparison.Ordinal);
        Assert.True(json["succeeded"]!.GetValue<bool>());
        Assert.Empty(json["problems"]!.AsArray());
    }

    [Fact]
    public void Simulate_Progress_OnlyWhenStderrIsATerminal()
    {
        using var cli = new CliRunner();
        cli.WriteFile("good.yaml", Base);

        var redirected = cli.Run(false, "simulate", "good.yaml");
        var terminal = cli.Run(true, "simulate", "good.yaml");

        Assert.Empty(redirected.Error);
        Assert.Contains("simulating 1h00m of 1h00m (100%)", terminal.Error, StringComparison.Ordinal);
        Assert.Equal(redirected.Out, terminal.Out);
    }
}
