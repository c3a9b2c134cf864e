using System.Text.Json.Nodes;
using SimulatedEnvelope = Orchestrator.Simulation.Workload.BatchEnvelope;
using SimulatedMessage = Orchestrator.Simulation.Workload.BatchMessage;

namespace Orchestrator.SampleWorker.Tests;

/// <summary>schemas/ describes what the code really writes and reads: the batch documents the real
/// BuildDrainBatch puts in the overrides and manifests, the simulated container's own envelope, and the
/// sample worker's result; and the schema refuses what the readers refuse.</summary>
public class SchemaAgreementTests
{
    [Fact]
    public void BuildDrainBatch_InlineBatchOfEveryPart_MatchesTheBatchSchema()
    {
        // Two fresh messages run together, the suspect (received before) alone in a held part.
        var batch = DrainBatches.Build(DrainBatches.Receive(("""{"order":1}""", 1), ("plain text", 1), ("""{"order":3}""", 3)));

        var parts = new[] { batch["Part"]! }.Concat(batch["Parts"]!.AsArray().Select(p => p!)).ToList();
        Assert.Equal(2, parts.Count);
        Assert.All(parts, part =>
        {
            var document = DrainBatches.Environment(part)[DrainBatches.BatchVariable];
            Assert.Null(Schemas.Problems(Schemas.Batch, document));
            Assert.All(JsonNode.Parse(document)!["messages"]!.AsArray(), m => Assert.NotNull(m!["receiveCount"]));
        });
    }

    [Fact]
    public void BuildDrainBatch_ManifestBody_MatchesTheManifestSchema()
    {
        var batch = DrainBatches.Build(DrainBatches.Receive([.. Enumerable.Range(0, 10).Select(i => (new string('x', 1500), 1))]));

        var manifest = batch["Part"]!["Manifest"]!;
        Assert.StartsWith("manifests/work/", manifest["Key"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(Schemas.Problems(Schemas.Manifest, manifest["Body"]!.GetValue<string>()));
        Assert.Equal(10, JsonNode.Parse(manifest["Body"]!.GetValue<string>())!["messages"]!.AsArray().Count);
    }

    [Fact]
    public void SimulatedContainerEnvelope_ToJson_MatchesTheBatchSchema()
    {
        var envelope = new SimulatedEnvelope([new SimulatedMessage("m1", "r1", "hello"), new SimulatedMessage("m2", "r2", string.Empty)]);

        Assert.Null(Schemas.Problems(Schemas.Batch, envelope.ToJson()));
    }

    [Fact]
    public void SampleWorkerResult_MatchesTheResultSchema()
    {
        Assert.Null(Schemas.Problems(Schemas.Result, BatchWorker.ResultJson(["m1", "m2"])));
        Assert.Null(Schemas.Problems(Schemas.Result, BatchWorker.ResultJson([])));
    }

    /// <summary>Documents the schema accepts are exactly those the sample worker reads; every one the
    /// schema accepts, the simulated container reads too.</summary>
    [Theory]
    [InlineData("""{"messages":[]}""", true)]
    [InlineData("""{"messages":[{"messageId":"m1"}]}""", true)]
    [InlineData("""{"messages":[{"messageId":"m1","receiptHandle":"r","body":"b","receiveCount":2,"later":"ignored"}]}""", true)]
    [InlineData("""{}""", false)]
    [InlineData("""[]""", false)]
    [InlineData("""{"messages":{}}""", false)]
    [InlineData("""{"messages":[{}]}""", false)]
    [InlineData("""{"messages":[{"messageId":""}]}""", false)]
    [InlineData("""{"messages":[{"messageId":7}]}""", false)]
    [InlineData("""{"messages":[{"messageId":"m1","body":{"a":1}}]}""", false)]
    [InlineData("""{"messages":[{"messageId":"m1","receiveCount":0}]}""", false)]
    public void BatchSchema_AgreesWithTheReaders(string document, bool valid)
    {
        var schemaAccepts = Schemas.Problems(Schemas.Batch, document) is null;
        bool workerAccepts;
        try
        {
            BatchDocument.Parse(document, "test");
            workerAccepts = true;
        }
        catch (FormatException)
        {
            workerAccepts = false;
        }

        Assert.Equal(valid, schemaAccepts);
        Assert.Equal(valid, workerAccepts);
        if (valid)
        {
            Assert.True(SimulatedEnvelope.TryParse(document, out _, out var error), error);
        }
    }

    [Theory]
    [InlineData("""{"batchItemFailures":[]}""", true)]
    [InlineData("""{"batchItemFailures":[{"itemIdentifier":"m1"}]}""", true)]
    [InlineData("""{}""", false)]
    [InlineData("""{"batchItemFailures":[{"itemIdentifier":""}]}""", false)]
    [InlineData("""{"batchItemFailures":[{"id":"m1"}]}""", false)]
    [InlineData("""{"batchItemFailures":"m1"}""", false)]
    public void ResultSchema_AcceptsLambdasShapeOnly(string document, bool valid) =>
        Assert.Equal(valid, Schemas.Problems(Schemas.Result, document) is null);
}
