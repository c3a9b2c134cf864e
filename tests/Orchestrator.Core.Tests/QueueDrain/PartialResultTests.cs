using System.Text.Json.Nodes;
using Orchestrator.Core.QueueDrain;

namespace Orchestrator.Core.Tests.QueueDrain;

/// <summary>The partial batch result contract (Lambda's ReportBatchItemFailures shape; docs/QUEUE-DRAIN.md).</summary>
public class PartialResultTests
{
    private static readonly BatchMessage[] Messages = [new("id-1", "h1", 1), new("id-2", "h2", 1), new("id-3", "h3", 2)];

    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static JsonObject Body(string body) => new() { ["Body"] = body };

    [Fact]
    public void Read_ListedIds_ThoseFail() =>
        Assert.Equal(["id-3"], PartialResult.Read(Body("""{"batchItemFailures":[{"itemIdentifier":"id-3"}]}"""), Messages).Failed);

    [Fact]
    public void Read_EmptyList_AllSucceeded()
    {
        var verdict = PartialResult.Read(Body("""{"batchItemFailures":[]}"""), Messages);
        Assert.True(verdict.Valid);
        Assert.Empty(verdict.Failed);
    }

    [Fact]
    public void Read_NoSuchKey_NoResult()
    {
        var verdict = PartialResult.Read(new JsonObject { ["Error"] = "S3.NoSuchKeyException", ["Cause"] = "The specified key does not exist." }, Messages);
        Assert.True(verdict.Valid);
        Assert.Empty(verdict.Failed);
    }

    [Theory]
    [InlineData("not json", "is not JSON")]
    [InlineData("""{"failures":[]}""", "has no batchItemFailures array")]
    [InlineData("""{"batchItemFailures":[{"itemIdentifier":"other"}]}""", "'other' is not a message of the batch")]
    [InlineData("""{"batchItemFailures":[{"id":"id-1"}]}""", "batchItemFailures[0] has no itemIdentifier string")]
    public void Read_Invalid_WholeBatchFails(string body, string why)
    {
        var verdict = PartialResult.Read(Body(body), Messages);
        Assert.False(verdict.Valid);
        Assert.Contains(why, verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OtherS3Error_WholeBatchFails() =>
        Assert.False(PartialResult.Read(new JsonObject { ["Error"] = "S3.AccessDeniedException", ["Cause"] = "Access Denied" }, Messages).Valid);

    [Fact]
    public void Decide_PartialResult_DeletesTheOthersReturnsTheListed()
    {
        var task = Samples.Task("EssentialContainerExited", 0);
        task["Result"] = Body("""{"batchItemFailures":[{"itemIdentifier":"id-2"}]}""");

        var decision = OutcomeClassifier.Decide(task, Messages, CapacityChoice.Spot(Samples.Settings()), LaneStats.Empty, Samples.Settings(), Now);

        Assert.Equal(BatchDecision.Partial, decision.Next);
        Assert.Equal(["h1", "h3"], decision.DeleteChunks.SelectMany(c => c).Select(e => e.ReceiptHandle));
        Assert.Equal(["h2"], decision.ReturnChunks.SelectMany(c => c).Select(e => e.ReceiptHandle));
        Assert.True(decision.ReturnChunks[0][0].VisibilityTimeout > 0); // the usual backoff
        Assert.Equal((2, 1), (decision.Stats.Deleted, decision.Stats.Returned));
    }

    [Fact]
    public void Decide_InvalidResult_ReturnsTheWholeBatch()
    {
        var task = Samples.Task("EssentialContainerExited", 0);
        task["Result"] = Body("oops");

        var decision = OutcomeClassifier.Decide(task, Messages, CapacityChoice.Spot(Samples.Settings()), LaneStats.Empty, Samples.Settings(), Now);

        Assert.Equal(BatchDecision.Return, decision.Next);
        Assert.Equal(3, decision.ReturnChunks.SelectMany(c => c).Count());
        Assert.Equal(Outcome.TaskFailed, decision.Outcome);
    }
}
