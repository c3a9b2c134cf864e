using Orchestrator.Simulation.Scenarios;
using Orchestrator.Simulation.Workload.Traffic;

namespace Orchestrator.Simulation.Tests.Scenarios;

/// <summary>Every file in scenarios/ reads under the strict rules, so the shipped examples cannot fall behind the schema.</summary>
public class ShippedScenariosTests
{
    public static TheoryData<string> Files => [.. Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "scenarios"), "*.yaml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Files))]
    public void Load_ShippedScenario_Reads(string file)
    {
        var scenario = ScenarioLoader.Load(Path.Combine(RepositoryFiles.Root, "scenarios", file));

        Assert.True(scenario.Horizon > TimeSpan.Zero);
    }

    [Fact]
    public void TrickleAfterIdle_IsSevenMessagesOverEightHoursOnADefaultDeployment()
    {
        var scenario = ScenarioLoader.Load(Path.Combine(RepositoryFiles.Root, "scenarios", "trickle-after-idle.yaml"));

        var poisson = Assert.IsType<PoissonTraffic>(Assert.Single(scenario.Traffic));
        Assert.Equal(7, poisson.RatePerSecond * (poisson.To - poisson.From).TotalSeconds, 6);
        Assert.Equal(new DrainStack(), scenario.Stack);
        Assert.Equal("rate(5 minutes)", scenario.Schedule);
    }
}
