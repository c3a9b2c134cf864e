using System.Text.Json.Nodes;

namespace Orchestrator.Cli.Tests;

/// <summary><c>simulate --compare</c>: the designs side by side on one scenario and seed.</summary>
public class SimulateCompareTests
{
    private const string Burst = """
        name: cmp
        seed: 2
        horizon: 1h30m
        stack: {MaxConcurrentTasks: "4"}
        workload: {secondsPerBatch: 5, secondsPerMessage: 10}
        traffic:
          - burst: { at: 5m, messages: 30 }
        """;

    [Fact]
    public void Compare_PrintsAColumnPerDesign_SameForTheSameSeed()
    {
        using var cli = new CliRunner();
        cli.WriteFile("cmp.yaml", Burst);

        var first = cli.Run("simulate", "cmp.yaml", "--compare", "orchestrator,S1");

        Assert.Equal(ExitCodes.Success, first.ExitCode);
        Assert.Equal(first.Out, cli.Run("simulate", "cmp.yaml", "--compare", "orchestrator,S1").Out);
        var header = first.Out.Split('\n')[1];
        Assert.Contains("orchestrator", header, StringComparison.Ordinal);
        Assert.Contains("S1", header, StringComparison.Ordinal);
        Assert.Contains("killed mid-work", first.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_Json_SameFiguresAsOneDocument()
    {
        using var cli = new CliRunner();
        cli.WriteFile("cmp.yaml", Burst);

        var run = cli.Run("simulate", "cmp.yaml", "--compare", "S3,S4", "--json");

        var designs = JsonNode.Parse(run.Out)!["designs"]!.AsArray();
        Assert.Equal(["S3", "S4"], designs.Select(d => d!["design"]!.GetValue<string>()));
        Assert.Equal(30, designs[0]!["processed"]!.GetValue<int>());
        Assert.Contains("Spot Fleet", designs[1]!["notRun"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_UnknownDesign_Exit2NamingIt()
    {
        using var cli = new CliRunner();
        cli.WriteFile("cmp.yaml", Burst);

        var run = cli.Run("simulate", "cmp.yaml", "--compare", "S7");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("--compare: 'S7' is not a design; the designs are orchestrator, S0, S1, S3, S4, backlog-target.", run.Error, StringComparison.Ordinal);
    }
}
