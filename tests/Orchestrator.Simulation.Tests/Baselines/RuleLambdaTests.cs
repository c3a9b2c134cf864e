using Orchestrator.Simulation.Baselines;

namespace Orchestrator.Simulation.Tests.Baselines;

public class RuleLambdaTests
{
    [Theory]
    [InlineData(0, -1)]
    [InlineData(3, -1)]
    [InlineData(4, 0)]
    [InlineData(5, 1)]
    [InlineData(900, 1)]
    public void Change_SeedRules(int queueLength, int change)
    {
        // Seed 003's rules: queue length ≥ 5 → +1, ≤ 3 → −1 (docs/COMPARE.md).
        Assert.Equal(change, RuleLambda.Change(queueLength));
    }

    [Fact]
    public void Every_FiveMinutes() => Assert.Equal(TimeSpan.FromMinutes(5), RuleLambda.Every);
}
