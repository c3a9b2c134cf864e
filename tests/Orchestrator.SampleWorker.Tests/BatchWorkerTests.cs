using System.Text.Json.Nodes;
using Orchestrator.Simulation.Account;
using Orchestrator.Simulation.Scenarios;
using Orchestrator.States.Execution;

namespace Orchestrator.SampleWorker.Tests;

/// <summary>The sample worker run on batches the real BuildDrainBatch made, inline and through a
/// manifest a simulated drain wrote to the simulated S3.</summary>
public class BatchWorkerTests
{
    private const string ResultUri = "s3://orchestrator-manifests/results/work/d1-c1-l0-b0.json";

    private static async Task<(int ExitCode, string Log)> RunAsync(Dictionary<string, string> environment, IObjectStore store, CancellationToken stopping = default)
    {
        using var log = new StringWriter();
        var exitCode = await new BatchWorker(store, new SampleHandler(log), log).RunAsync(environment, stopping);
        return (exitCode, log.ToString());
    }

    [Fact]
    public async Task InlineBatch_AllGood_ExitsZeroAndReportsNoFailure()
    {
        var batch = DrainBatches.Build(DrainBatches.Receive(("""{"order":1}""", 1), ("""{"order":2}""", 1)));
        var environment = DrainBatches.Environment(batch["Part"]!);
        environment[ContractNames.ResultUri] = ResultUri;
        var store = new InMemoryObjectStore();

        var (exitCode, log) = await RunAsync(environment, store);

        Assert.Equal(WorkerExitCodes.Done, exitCode);
        Assert.Equal("""{"batchItemFailures":[]}""", store.Objects[ResultUri]);
        Assert.Equal(2, log.Split('\n').Count(l => l.StartsWith("processed ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task InlineBatch_OnePoisonMessage_ReportsOnlyItsIdAndExitsZero()
    {
        var batch = DrainBatches.Build(DrainBatches.Receive(("""{"order":1}""", 1), ("not json", 1), ("""{"order":3}""", 1)));
        var environment = DrainBatches.Environment(batch["Part"]!);
        environment[ContractNames.ResultUri] = ResultUri;
        var poisonId = batch["Part"]!["Messages"]![1]!["MessageId"]!.GetValue<string>();
        var store = new InMemoryObjectStore();

        var (exitCode, _) = await RunAsync(environment, store);

        Assert.Equal(WorkerExitCodes.Done, exitCode);
        var failures = JsonNode.Parse(store.Objects[ResultUri])!["batchItemFailures"]!.AsArray();
        Assert.Equal([poisonId], failures.Select(f => f!["itemIdentifier"]!.GetValue<string>()));
        Assert.Null(Schemas.Problems(Schemas.Result, store.Objects[ResultUri]));
    }

    [Fact]
    public async Task AFailureWithoutResultUri_ExitsOneSoTheWholeBatchComesBack()
    {
        var batch = DrainBatches.Build(DrainBatches.Receive(("""{"order":1}""", 1), ("not json", 1)));
        var store = new InMemoryObjectStore();
        var environment = DrainBatches.Environment(batch["Part"]!);
        environment.Remove(ContractNames.ResultUri); // a lane that names no result object

        var (exitCode, _) = await RunAsync(environment, store);

        Assert.Equal(WorkerExitCodes.Failed, exitCode);
        Assert.Empty(store.Objects);
    }

    [Theory]
    [InlineData(ContractNames.Batch, "{not json", "not JSON")]
    [InlineData(ContractNames.Batch, """{"messages":[{"body":"x"}]}""", "$.messages[0].messageId")]
    [InlineData(ContractNames.Manifest, "https://bucket/key", "must be s3://bucket/key")]
    public async Task MalformedBatch_ExitsOneNamingTheProblem(string variable, string value, string named)
    {
        var (exitCode, log) = await RunAsync(new Dictionary<string, string> { [variable] = value }, new InMemoryObjectStore());

        Assert.Equal(WorkerExitCodes.Failed, exitCode);
        Assert.Contains(named, log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sigterm_StopsAtOnceWritesNoResultAndExits143()
    {
        var batch = DrainBatches.Build(DrainBatches.Receive(("""{"workMilliseconds":60000}""", 1), ("""{"order":2}""", 1)));
        var environment = DrainBatches.Environment(batch["Part"]!);
        environment[ContractNames.ResultUri] = ResultUri;
        var store = new InMemoryObjectStore();
        using var sigterm = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var (exitCode, log) = await RunAsync(environment, store, sigterm.Token);

        Assert.Equal(WorkerExitCodes.Terminated, exitCode);
        Assert.Empty(store.Objects);
        Assert.DoesNotContain("processed", log, StringComparison.Ordinal);
    }

    /// <summary>A simulated drain receives ten 1,500-character messages: over the overrides limit, so the
    /// lane writes a manifest to the simulated S3 and passes its URI to RunTask. The worker, given the
    /// environment the lane really passed, reads the manifest from that S3.</summary>
    [Fact]
    public async Task ManifestWrittenByASimulatedDrain_IsReadFromTheSimulatedS3()
    {
        var account = new SimulatedAccount();
        var drain = DrainDeployment.Deploy(account, new DrainStack());
        var ids = drain.Send(Enumerable.Range(0, 10).Select(i => $$"""{"order":{{i}},"pad":"{{new string('x', 1500)}}"}"""));
        drain.Trigger(new JsonObject { ["source"] = "aws.events", ["detail-type"] = "Scheduled Event", ["time"] = "2026-01-01T00:00:00Z", ["detail"] = new JsonObject() });
        account.Scheduler.RunUntil(() => account.StepFunctions.Executions.All(e => e.Status != ExecutionStatus.Running));

        var runTask = account.StepFunctions.Executions.SelectMany(e => e.History)
            .Single(h => h.Type == "TaskScheduled" && h.Resource is { } r && r.StartsWith("runTask", StringComparison.Ordinal));
        var environment = DrainBatches.Environment(runTask.Parameters!);
        Assert.False(environment.ContainsKey(ContractNames.Batch));
        var (exitCode, log) = await RunAsync(environment, new SimulatedS3ObjectStore(account.S3));

        Assert.True(exitCode == WorkerExitCodes.Done, log);
        Assert.Equal(ids.Order(StringComparer.Ordinal), log.Split('\n').Where(l => l.StartsWith("processed ", StringComparison.Ordinal))
            .Select(l => l.Split(' ')[1]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ResultUri_IsTheVariableTheLaneSets() =>
        Assert.Equal(Orchestrator.Core.QueueDrain.BatchEnvelope.ResultVariable, ContractNames.ResultUri);
}
