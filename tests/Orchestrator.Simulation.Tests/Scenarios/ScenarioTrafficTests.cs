using Orchestrator.Simulation.Scenarios;
using Orchestrator.Simulation.Workload;
using Orchestrator.Simulation.Workload.Traffic;

namespace Orchestrator.Simulation.Tests.Scenarios;

/// <summary>The traffic:, workload: and startup: sections reach the run as written.</summary>
public sealed class ScenarioTrafficTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("scenario-traffic-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public void EveryKind_IsReadWithItsPoisonAndSize()
    {
        File.WriteAllText(Path.Combine(_directory.FullName, "sent.csv"), "timestamp,count\n2025-11-03T08:00:00Z,12.0\n2025-11-03T08:01:00Z,0\n2025-11-03T08:03:00Z,5\n");
        var scenario = ScenarioLoader.Parse("""
            horizon: 2d
            traffic:
              - burst: { at: 1h, messages: 500, over: 30m }
                poisonShare: 0.01
                messageSize: 2048
              - poisson: { rate: 30/m, from: 2h, to: 3h }
              - profile: { hourly: [0, 0, 0, 0, 0, 0, 10, 50, 100, 100, 100, 100, 100, 100, 100, 100, 100, 50, 20, 10, 0, 0, 0, 0] }
              - replay: { file: sent.csv, at: 4h }
            """, directory: _directory.FullName);

        Assert.Equal(new BurstTraffic(TimeSpan.FromHours(1), 500, TimeSpan.FromMinutes(30)) { PoisonShare = 0.01, MessageSize = 2048 }, scenario.Traffic[0]);
        Assert.Equal(new PoissonTraffic(0.5, TimeSpan.FromHours(2), TimeSpan.FromHours(3)), scenario.Traffic[1]);
        var profile = Assert.IsType<ProfileTraffic>(scenario.Traffic[2]);
        Assert.Equal((TimeSpan.Zero, TimeSpan.FromDays(2), 100.0), (profile.From, profile.To, profile.Hourly[8]));
        var replay = Assert.IsType<ReplayTraffic>(scenario.Traffic[3]);
        Assert.Equal([new ReplayRow(TimeSpan.FromHours(4), 12), new ReplayRow(TimeSpan.FromHours(4) + TimeSpan.FromMinutes(1), 0), new ReplayRow(TimeSpan.FromHours(4) + TimeSpan.FromMinutes(3), 5)], replay.Rows);
    }

    [Theory]
    [InlineData("timestamp,count\n0s,5\n30s,5\n", "sent.csv line 3: rows must go forward by at least the period (1m)")]
    [InlineData("0s,1\n1m,five\n", "sent.csv line 2: 'five' is not a count.")]
    [InlineData("0s,1.5\n", "sent.csv line 1: the count must be a whole number ≥ 0, got 1.5.")]
    [InlineData("yesterday,3\n", "sent.csv line 1: 'yesterday' is neither an ISO 8601 timestamp nor a duration")]
    [InlineData("0s,3\n2h,3\n", "sent.csv line 2: this row's messages would arrive until 2h1m, after the horizon (1h).")]
    [InlineData("0s,0\n", "sent.csv holds no messages to replay.")]
    public void Replay_BadRow_NamesTheFileAndRow(string csv, string expected)
    {
        File.WriteAllText(Path.Combine(_directory.FullName, "sent.csv"), csv);

        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse("horizon: 1h\ntraffic:\n  - replay: { file: sent.csv }", directory: _directory.FullName));

        Assert.StartsWith("line 3: traffic[0].replay.file: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WorkloadAndStartup_Distributions_ReachTheAccount()
    {
        var scenario = ScenarioLoader.Parse("""
            traffic: [{ burst: { messages: 1 } }]
            workload:
              secondsPerBatch: { uniform: { min: 10, max: 30 } }
              secondsPerMessage: { lognormal: { p50: 20, p95: 90 } }
            startup:
              fargate: { provisioning: { exponential: { mean: 6 } }, imagePull: 30 }
              ec2: { imagePull: { fixed: 2 } }
            """);
        var options = scenario.Account;

        Assert.Equal(SecondsDistribution.Uniform(10, 30), options.Workload.DurationPerBatch);
        Assert.Equal(SecondsDistribution.LogNormalFromPercentiles(20, 90), options.Workload.DurationPerMessage);
        Assert.Equal(SecondsDistribution.Exponential(6), options.Ecs.FargateProvisioning);
        Assert.Equal(SecondsDistribution.Fixed(30), options.Ecs.FargatePending);
        Assert.Equal(SecondsDistribution.Fixed(2), options.Ecs.Ec2Pending);
    }
}
