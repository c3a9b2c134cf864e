using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Tests.Sqs;

// Expectations: SQS API reference for SendMessageBatch / DeleteMessageBatch /
// ChangeMessageVisibilityBatch: ≤ 10 entries (TooManyEntriesInBatchRequest), ≥ 1 (EmptyBatchRequest),
// ids unique (BatchEntryIdsNotDistinct), alphanumeric/-/_ ≤ 80 (InvalidBatchEntryId), total payload
// ≤ 256 KiB (BatchRequestTooLong); per-entry failures come back in Failed[] with SenderFault, Code and
// Message while the call succeeds (AWS-FACTS.md).
public sealed class SqsBatchTests
{
    private static JsonArray Entries(int count, Func<int, JsonObject> entry) => new(Enumerable.Range(0, count).Select(i => (JsonNode)entry(i)).ToArray());

    [Fact]
    public void SendMessageBatch_TenEntries_AllSuccessful()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work");

        var answer = h.Call("SendMessageBatch", new JsonObject
        {
            ["QueueUrl"] = url,
            ["Entries"] = Entries(10, i => new JsonObject { ["Id"] = $"m{i}", ["MessageBody"] = $"body {i}" }),
        });

        Assert.Equal(10, answer["Successful"]!.AsArray().Count);
        Assert.Empty(answer["Failed"]!.AsArray());
        Assert.Equal("m3", answer["Successful"]![3]!["Id"]!.GetValue<string>());
        Assert.Equal(10, h.Receive(url).Count);
    }

    [Fact]
    public void SendMessageBatch_ElevenEntries_TooManyEntriesInBatchRequest()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work");

        var e = h.Fails("SendMessageBatch", new JsonObject
        {
            ["QueueUrl"] = url,
            ["Entries"] = Entries(11, i => new JsonObject { ["Id"] = $"m{i}", ["MessageBody"] = "x" }),
        });

        Assert.Equal("TooManyEntriesInBatchRequest", e.Code);
        Assert.Equal("Sqs.TooManyEntriesInBatchRequestException", Simulation.Models.AwsErrorNames.ForSdkIntegration("sqs", e.Code));
        Assert.Empty(h.Log.Messages);
    }

    [Fact]
    public void SendMessageBatch_Empty_EmptyBatchRequest()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work");

        Assert.Equal("EmptyBatchRequest", h.Fails("SendMessageBatch", new JsonObject { ["QueueUrl"] = url, ["Entries"] = new JsonArray() }).Code);
    }

    [Fact]
    public void SendMessageBatch_RepeatedId_BatchEntryIdsNotDistinct()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work");

        var e = h.Fails("SendMessageBatch", new JsonObject { ["QueueUrl"] = url, ["Entries"] = Entries(2, _ => new JsonObject { ["Id"] = "same", ["MessageBody"] = "x" }) });

        Assert.Equal("BatchEntryIdsNotDistinct", e.Code);
    }

    [Fact]
    public void SendMessageBatch_BadId_InvalidBatchEntryId()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work");

        var e = h.Fails("SendMessageBatch", new JsonObject { ["QueueUrl"] = url, ["Entries"] = Entries(1, _ => new JsonObject { ["Id"] = "a.b", ["MessageBody"] = "x" }) });

        Assert.Equal("InvalidBatchEntryId", e.Code);
    }

    [Fact]
    public void SendMessageBatch_TotalOver256KiB_BatchRequestTooLong()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work");
        var body = new string('x', 30_000);

        var e = h.Fails("SendMessageBatch", new JsonObject { ["QueueUrl"] = url, ["Entries"] = Entries(9, i => new JsonObject { ["Id"] = $"m{i}", ["MessageBody"] = body }) });

        Assert.Equal("BatchRequestTooLong", e.Code);
    }

    [Fact]
    public void SendMessageBatch_OneBadEntry_ReportedInFailedOthersSent()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work");

        var answer = h.Call("SendMessageBatch", new JsonObject
        {
            ["QueueUrl"] = url,
            ["Entries"] = new JsonArray(
                new JsonObject { ["Id"] = "ok", ["MessageBody"] = "fine" },
                new JsonObject { ["Id"] = "bad", ["MessageBody"] = "late", ["DelaySeconds"] = 901 }),
        });

        Assert.Equal("ok", Assert.Single(answer["Successful"]!.AsArray())!["Id"]!.GetValue<string>());
        var failed = Assert.Single(answer["Failed"]!.AsArray())!;
        Assert.Equal(("bad", true, "InvalidParameterValue"), (failed["Id"]!.GetValue<string>(), failed["SenderFault"]!.GetValue<bool>(), failed["Code"]!.GetValue<string>()));
    }

    [Fact]
    public void DeleteMessageBatch_MixedHandles_PerEntryResults()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work");
        h.Send(url, "a");
        h.Send(url, "b");
        var received = h.Receive(url);

        var answer = h.Call("DeleteMessageBatch", new JsonObject
        {
            ["QueueUrl"] = url,
            ["Entries"] = new JsonArray(
                new JsonObject { ["Id"] = "0", ["ReceiptHandle"] = SqsHarness.Handle(received[0]) },
                new JsonObject { ["Id"] = "1", ["ReceiptHandle"] = "not-a-handle" },
                new JsonObject { ["Id"] = "2", ["ReceiptHandle"] = SqsHarness.Handle(received[1]) }),
        });

        Assert.Equal(["0", "2"], answer["Successful"]!.AsArray().Select(e => e!["Id"]!.GetValue<string>()));
        Assert.Equal("ReceiptHandleIsInvalid", Assert.Single(answer["Failed"]!.AsArray())!["Code"]!.GetValue<string>());
        Assert.Equal(2, h.Log.Events.Count(e => e.Kind == Simulation.Recording.MessageEventKind.Deleted));
    }

    [Fact]
    public void ChangeMessageVisibilityBatch_ElevenEntries_TooManyEntriesInBatchRequest()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work");

        var e = h.Fails("ChangeMessageVisibilityBatch", new JsonObject
        {
            ["QueueUrl"] = url,
            ["Entries"] = Entries(11, i => new JsonObject { ["Id"] = $"e{i}", ["ReceiptHandle"] = "h", ["VisibilityTimeout"] = 0 }),
        });

        Assert.Equal("TooManyEntriesInBatchRequest", e.Code);
    }

    [Fact]
    public void ChangeMessageVisibilityBatch_StaleEntry_FailedNotThrown()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work", new { VisibilityTimeout = "10" });
        h.Send(url, "a");
        h.Send(url, "b");
        var received = h.Receive(url);
        h.Delete(url, SqsHarness.Handle(received[0]));

        var answer = h.Call("ChangeMessageVisibilityBatch", new JsonObject
        {
            ["QueueUrl"] = url,
            ["Entries"] = new JsonArray(
                new JsonObject { ["Id"] = "gone", ["ReceiptHandle"] = SqsHarness.Handle(received[0]), ["VisibilityTimeout"] = 0 },
                new JsonObject { ["Id"] = "live", ["ReceiptHandle"] = SqsHarness.Handle(received[1]), ["VisibilityTimeout"] = 0 }),
        });

        Assert.Equal("live", Assert.Single(answer["Successful"]!.AsArray())!["Id"]!.GetValue<string>());
        Assert.Equal("gone", Assert.Single(answer["Failed"]!.AsArray())!["Id"]!.GetValue<string>());
        Assert.Equal("b", SqsHarness.Body(Assert.Single(h.Receive(url))));
    }
}
