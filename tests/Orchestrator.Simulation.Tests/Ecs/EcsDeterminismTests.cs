using System.Text.Json.Nodes;
using Orchestrator.Simulation.Services.Ecs;
using Orchestrator.Simulation.Workload;

namespace Orchestrator.Simulation.Tests.Ecs;

public class EcsDeterminismTests
{
    private static string Play(long seed)
    {
        var workload = new WorkloadModel
        {
            DurationPerMessage = SecondsDistribution.LogNormal(20, 0.5),
            FailureProbability = 0.3,
        };
        var ecs = new EcsHarness(new EcsOptions { FargateSpotInterruptionRatePerHour = 2 }, workload, seed);
        var arns = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            var overrides = EcsHarness.BatchOverrides(($"m{i}a", "x"), ($"m{i}b", "y"));
            arns.Add(ecs.RunFargate(i % 2 == 0 ? "FARGATE_SPOT" : "FARGATE", overrides));
            ecs.RunFor(TimeSpan.FromSeconds(7));
        }

        ecs.RunFor(TimeSpan.FromHours(1));
        var tasks = ecs.Call("DescribeTasks", new JsonObject { ["cluster"] = "batch", ["tasks"] = new JsonArray(arns.Select(a => (JsonNode)a).ToArray()) });
        return tasks.ToJsonString() + ecs.Metrics.Data.Count;
    }

    [Fact]
    public void Run_SameSeed_GivesByteIdenticalTasks()
    {
        Assert.Equal(Play(7), Play(7));
    }

    [Fact]
    public void Run_DifferentSeed_GivesDifferentTasks()
    {
        Assert.NotEqual(Play(7), Play(8));
    }
}
