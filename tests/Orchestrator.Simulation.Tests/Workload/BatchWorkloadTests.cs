using Orchestrator.Simulation.Recording;
using Orchestrator.Simulation.Services.Ecs;
using Orchestrator.Simulation.Tests.Ecs;
using Orchestrator.Simulation.Workload;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Tests.Workload;

public class BatchWorkloadTests
{
    private static TaskStartContext Context(string arn, params BatchMessage[] messages) =>
        new(arn, "worker", "app", new Dictionary<string, string> { [BatchEnvelope.BatchVariable] = new BatchEnvelope(messages).ToJson() }, null, "FARGATE");

    private static BatchMessage M(string id, string body = "ok") => new(id, "rh", body);

    [Fact]
    public void Plan_DurationIsBatchPlusPerMessage()
    {
        var workload = new BatchWorkload(new WorkloadModel { DurationPerBatch = SecondsDistribution.Fixed(5), DurationPerMessage = SecondsDistribution.Fixed(2) }, new SeededRandom(1));

        var plan = workload.Plan(Context("t1", M("a"), M("b"), M("c")));

        Assert.Equal(TimeSpan.FromSeconds(11), plan.RunFor);
        Assert.Equal(0, plan.ExitCode);
    }

    [Fact]
    public void Plan_PoisonBodyMarker_FailsRightAfterThePoisonMessage()
    {
        var model = new WorkloadModel { DurationPerBatch = SecondsDistribution.Fixed(1), DurationPerMessage = SecondsDistribution.Fixed(2), PoisonBodyMarker = "POISON", FailureExitCode = 9 };
        var workload = new BatchWorkload(model, new SeededRandom(1));

        var plan = workload.Plan(Context("t1", M("a"), M("b", "xx POISON xx"), M("c")));

        Assert.Equal(TimeSpan.FromSeconds(5), plan.RunFor);
        Assert.Equal(9, plan.ExitCode);
    }

    [Fact]
    public void Plan_PoisonById_AlwaysFails()
    {
        var model = new WorkloadModel { IsPoisonMessageId = id => id == "bad" };
        var workload = new BatchWorkload(model, new SeededRandom(1));

        Assert.All(Enumerable.Range(0, 20), i => Assert.Equal(1, workload.Plan(Context($"t{i}", M("ok"), M("bad"))).ExitCode));
        Assert.Equal(0, workload.Plan(Context("clean", M("ok"))).ExitCode);
    }

    [Fact]
    public void Plan_FailureProbability_FailsAboutThatShare()
    {
        var workload = new BatchWorkload(new WorkloadModel { FailureProbability = 0.25 }, new SeededRandom(3));

        var failures = Enumerable.Range(0, 2000).Count(i => workload.Plan(Context($"t{i}", M("m"))).ExitCode != 0);

        Assert.InRange(failures, 440, 560);
    }

    [Fact]
    public void Plan_HangAndServiceTask_RunUntilStopped()
    {
        var hangs = new BatchWorkload(new WorkloadModel { HangProbability = 1 }, new SeededRandom(1));
        var normal = new BatchWorkload(new WorkloadModel(), new SeededRandom(1));
        var service = new TaskStartContext("t", "worker", "app", new Dictionary<string, string>(), "web", "FARGATE");

        Assert.Null(hangs.Plan(Context("t1", M("a"))).RunFor);
        Assert.Null(normal.Plan(service).RunFor);
    }

    [Fact]
    public void Plan_MalformedBatch_FailsWithReasonOnTheContainer()
    {
        var workload = new BatchWorkload(new WorkloadModel(), new SeededRandom(1));
        var context = new TaskStartContext("t", "worker", "app", new Dictionary<string, string> { [BatchEnvelope.BatchVariable] = "{oops" }, null, "FARGATE");

        var plan = workload.Plan(context);

        Assert.Equal(2, plan.ExitCode);
        Assert.Contains("not valid JSON", plan.ContainerReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_ChangingFailureProbability_DoesNotShiftDurations()
    {
        var baseModel = new WorkloadModel { DurationPerMessage = SecondsDistribution.Uniform(1, 100) };
        var a = new BatchWorkload(baseModel, new SeededRandom(11));
        var b = new BatchWorkload(baseModel with { FailureProbability = 0.5 }, new SeededRandom(11));

        for (var i = 0; i < 50; i++)
        {
            Assert.Equal(a.Plan(Context($"t{i}", M("x"), M("y"))).RunFor, b.Plan(Context($"t{i}", M("x"), M("y"))).RunFor);
        }
    }

    [Fact]
    public void Plan_SameSeed_SamePlans()
    {
        var model = new WorkloadModel { DurationPerMessage = SecondsDistribution.LogNormal(10, 1), FailureProbability = 0.3, HangProbability = 0.1 };
        var a = new BatchWorkload(model, new SeededRandom(5));
        var b = new BatchWorkload(model, new SeededRandom(5));

        Assert.All(Enumerable.Range(0, 30), i => Assert.Equal(a.Plan(Context($"t{i}", M("x"))), b.Plan(Context($"t{i}", M("x")))));
    }

    [Fact]
    public void Validate_ProbabilityOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BatchWorkload(new WorkloadModel { FailureProbability = 1.5 }, new SeededRandom(1)));
    }

    [Fact]
    public void EndToEnd_TaskRecordsStartAndFinishPerMessageInMessageLog()
    {
        var ecs = new EcsHarness(workload: new WorkloadModel { PoisonBodyMarker = "POISON" });
        var good = ecs.RunFargate(overrides: EcsHarness.BatchOverrides(("m1", "a"), ("m2", "b")));
        var bad = ecs.RunFargate(overrides: EcsHarness.BatchOverrides(("m3", "POISON")));

        var goodTask = ecs.RunUntilStopped(good);
        var badTask = ecs.RunUntilStopped(bad);

        var m1 = ecs.Log.Find("m1")!.Tasks.Single();
        Assert.Equal(good, m1.TaskArn);
        Assert.True(m1.Succeeded);
        Assert.Equal(EcsHarness.Time(goodTask["startedAt"]), m1.StartedAt);
        Assert.Equal(EcsHarness.Time(goodTask["executionStoppedAt"]), m1.FinishedAt);
        Assert.True(ecs.Log.Find("m2")!.Tasks.Single().Succeeded);
        Assert.False(ecs.Log.Find("m3")!.Tasks.Single().Succeeded);
        Assert.Equal(1, badTask["containers"]![0]!["exitCode"]!.GetValue<int>());
        Assert.Equal(6, ecs.Log.Events.Count(e => e.Kind is MessageEventKind.TaskStarted or MessageEventKind.TaskFinished));
    }

    [Fact]
    public void EndToEnd_ManifestBatch_ReadThroughS3Reader()
    {
        var log = new MessageLog();
        var scheduler = new Scheduler(EcsHarness.Start);
        var objects = new Dictionary<string, string> { ["b/k.json"] = new BatchEnvelope([M("m9")]).ToJson() };
        var workload = new BatchWorkload(new WorkloadModel(), new SeededRandom(1), log, (bucket, key) => objects.GetValueOrDefault($"{bucket}/{key}"));

        var plan = workload.Plan(new TaskStartContext("t", "worker", "app", new Dictionary<string, string> { [BatchEnvelope.ManifestVariable] = "s3://b/k.json" }, null, "FARGATE"));
        workload.Started("t", scheduler.Now);

        Assert.Equal(0, plan.ExitCode);
        Assert.Equal("t", log.Find("m9")!.Tasks.Single().TaskArn);
    }
}
