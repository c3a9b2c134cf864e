using Orchestrator.Simulation.Workload;

namespace Orchestrator.Simulation.Tests.Workload;

public class BatchEnvelopeTests
{
    private const string Json = """{"messages":[{"messageId":"m1","receiptHandle":"r1","body":"hello"},{"messageId":"m2"}]}""";

    [Fact]
    public void TryRead_InlineVariable_ParsesMessages()
    {
        var env = new Dictionary<string, string> { [BatchEnvelope.BatchVariable] = Json };

        Assert.True(BatchEnvelope.TryRead(env, null, out var batch, out var error));
        Assert.Null(error);
        Assert.Equal([new BatchMessage("m1", "r1", "hello"), new BatchMessage("m2", "", "")], batch.Messages);
    }

    [Fact]
    public void TryRead_Manifest_ReadsThroughTheGivenReader()
    {
        var env = new Dictionary<string, string> { [BatchEnvelope.ManifestVariable] = "s3://batches/drain/lane-1.json" };
        string? Read(string bucket, string key) => bucket == "batches" && key == "drain/lane-1.json" ? Json : null;

        Assert.True(BatchEnvelope.TryRead(env, Read, out var batch, out _));
        Assert.Equal(2, batch.Messages.Count);
    }

    [Theory]
    [InlineData("s3://batches/missing.json", "does not exist")]
    [InlineData("https://example.com/x", "must be s3://bucket/key")]
    [InlineData("s3://bucket-only/", "must be s3://bucket/key")]
    public void TryRead_BadManifest_FailsWithReason(string location, string expected)
    {
        var env = new Dictionary<string, string> { [BatchEnvelope.ManifestVariable] = location };

        Assert.False(BatchEnvelope.TryRead(env, (_, _) => null, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("""{"items":[]}""", "'messages' array")]
    [InlineData("""{"messages":[{"body":"x"}]}""", "messageId")]
    public void TryParse_Malformed_FailsWithReason(string json, string expected)
    {
        Assert.False(BatchEnvelope.TryParse(json, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_NoVariables_IsEmptyBatch()
    {
        Assert.True(BatchEnvelope.TryRead(new Dictionary<string, string>(), null, out var batch, out _));
        Assert.Empty(batch.Messages);
    }

    [Fact]
    public void ToJson_RoundTrips()
    {
        var batch = new BatchEnvelope([new BatchMessage("a", "ra", "{\"k\":1}")]);

        Assert.True(BatchEnvelope.TryParse(batch.ToJson(), out var back, out _));
        Assert.Equal(batch.Messages, back.Messages);
    }

    [Fact]
    public void Variables_AreTheNamesTheDrainWrites()
    {
        Assert.Equal("ORCHESTRATOR_BATCH", BatchEnvelope.BatchVariable);
        Assert.Equal("ORCHESTRATOR_BATCH_MANIFEST", BatchEnvelope.ManifestVariable);
    }
}
