using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Tests.Sqs;

// Expectations: SQS Developer Guide "Amazon SQS visibility timeout" (a received message is hidden for
// the timeout, then visible again; ApproximateReceiveCount grows per receive), DeleteMessage API
// reference ("If you use an old ReceiptHandle, the request will succeed, but the message might not be
// deleted"), ChangeMessageVisibility answers as reported by SDK users (aws-sdk-java#1628:
// "Value … for parameter ReceiptHandle is invalid. Reason: …", InvalidParameterValue; a random value
// gives ReceiptHandleIsInvalid), FIFO deletes with an expired handle fail (aws-sdk-js#1750).
public sealed class SqsVisibilityTests
{
    [Fact]
    public void ReceiveMessage_WithinVisibilityTimeout_MessageHidden()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work", new { VisibilityTimeout = "30" });
        h.Send(url, "a");
        Assert.Single(h.Receive(url));

        h.Advance(TimeSpan.FromSeconds(29));

        Assert.Empty(h.Receive(url));
    }

    [Fact]
    public void ReceiveMessage_AfterVisibilityTimeout_ReturnsAgainWithHigherCountAndNewHandle()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work", new { VisibilityTimeout = "30" });
        h.Send(url, "a");
        var first = Assert.Single(h.Receive(url));

        h.Advance(TimeSpan.FromSeconds(30));
        var second = Assert.Single(h.Receive(url));

        Assert.Equal(("1", "2"), (SqsHarness.ReceiveCount(first), SqsHarness.ReceiveCount(second)));
        Assert.NotEqual(SqsHarness.Handle(first), SqsHarness.Handle(second));
        Assert.Equal(first["MessageId"]!.GetValue<string>(), second["MessageId"]!.GetValue<string>());
        Assert.Equal(first["Attributes"]!["ApproximateFirstReceiveTimestamp"]!.GetValue<string>(), second["Attributes"]!["ApproximateFirstReceiveTimestamp"]!.GetValue<string>());
    }

    [Fact]
    public void ReceiveMessage_RequestVisibilityTimeout_OverridesQueueDefault()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work", new { VisibilityTimeout = "300" });
        h.Send(url, "a");
        h.Receive(url, visibility: 5);

        h.Advance(TimeSpan.FromSeconds(5));

        Assert.Single(h.Receive(url));
    }

    [Fact]
    public void ReceiveMessage_Answer_HasMd5OfBodyAndSentTimestamp()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work");
        h.Send(url, "hello");

        var message = Assert.Single(h.Receive(url));

        // MD5("hello") = 5d41402abc4b2a76b9719d911017c592
        Assert.Equal("5d41402abc4b2a76b9719d911017c592", message["MD5OfBody"]!.GetValue<string>());
        Assert.Equal(SqsHarness.Start.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            message["Attributes"]!["SentTimestamp"]!.GetValue<string>());
    }

    [Fact]
    public void ReceiveMessage_NoAttributeNamesRequested_NoAttributes()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work");
        h.Send(url, "a");

        var message = Assert.Single(SqsHarness.Messages(h.Call("ReceiveMessage", new JsonObject { ["QueueUrl"] = url })));

        Assert.False(message.ContainsKey("Attributes"));
    }

    [Fact]
    public void ReceiveMessage_DeprecatedAttributeNamesWithSystemNames_Accepted()
    {
        // ReceiveMessage API reference: AttributeNames is deprecated in favour of
        // MessageSystemAttributeNames but still returns ApproximateReceiveCount and the like.
        var h = new SqsHarness();
        var url = h.CreateQueue("work");
        h.Send(url, "a");

        var message = Assert.Single(SqsHarness.Messages(h.Call("ReceiveMessage", new JsonObject
        {
            ["QueueUrl"] = url,
            ["AttributeNames"] = new JsonArray("ApproximateReceiveCount"),
        })));

        Assert.Equal("1", SqsHarness.ReceiveCount(message));
    }

    [Theory]
    [InlineData("MaxNumberOfMessages", 0)]
    [InlineData("MaxNumberOfMessages", 11)]
    [InlineData("WaitTimeSeconds", 21)]
    [InlineData("VisibilityTimeout", 43201)]
    public void ReceiveMessage_ParameterOutOfRange_InvalidParameterValue(string parameter, int value)
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work");

        var e = h.Fails("ReceiveMessage", new JsonObject { ["QueueUrl"] = url, [parameter] = value });

        Assert.Equal("InvalidParameterValue", e.Code);
        Assert.StartsWith($"Value {value} for parameter {parameter} is invalid.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeleteMessage_LatestHandle_RemovesMessage()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work", new { VisibilityTimeout = "1" });
        var id = h.Send(url, "a");
        h.Delete(url, SqsHarness.Handle(Assert.Single(h.Receive(url))));

        h.Advance(TimeSpan.FromSeconds(5));

        Assert.Empty(h.Receive(url));
        Assert.NotNull(h.Log.Find(id)!.DeletedAt);
    }

    [Fact]
    public void DeleteMessage_StaleHandleStandardQueue_SucceedsButKeepsMessage()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work", new { VisibilityTimeout = "10" });
        h.Send(url, "a");
        var stale = SqsHarness.Handle(Assert.Single(h.Receive(url)));
        h.Advance(TimeSpan.FromSeconds(10));
        var fresh = Assert.Single(h.Receive(url));

        h.Delete(url, stale); // no error

        h.Advance(TimeSpan.FromSeconds(10));
        Assert.Single(h.Receive(url));
        Assert.NotEqual(stale, SqsHarness.Handle(fresh));
    }

    [Fact]
    public void DeleteMessage_LatestHandleAfterTimeoutStandardQueue_Deletes()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work", new { VisibilityTimeout = "10" });
        h.Send(url, "a");
        var handle = SqsHarness.Handle(Assert.Single(h.Receive(url)));
        h.Advance(TimeSpan.FromSeconds(15));

        h.Delete(url, handle);

        Assert.Empty(h.Receive(url));
    }

    [Fact]
    public void DeleteMessage_ExpiredHandleFifoQueue_ReceiptHandleExpired()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("jobs.fifo", new { FifoQueue = "true", ContentBasedDeduplication = "true", VisibilityTimeout = "10" });
        h.Send(url, "a", groupId: "g");
        var handle = SqsHarness.Handle(Assert.Single(h.Receive(url)));
        h.Advance(TimeSpan.FromSeconds(10));

        var e = h.Fails("DeleteMessage", new JsonObject { ["QueueUrl"] = url, ["ReceiptHandle"] = handle });

        Assert.Equal("InvalidParameterValue", e.Code);
        Assert.EndsWith("Reason: The receipt handle has expired.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeleteMessage_NotAReceiptHandle_ReceiptHandleIsInvalid()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work");

        var e = h.Fails("DeleteMessage", new JsonObject { ["QueueUrl"] = url, ["ReceiptHandle"] = "garbage" });

        Assert.Equal("ReceiptHandleIsInvalid", e.Code);
    }

    [Fact]
    public void DeleteMessage_AlreadyDeleted_Succeeds()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work");
        h.Send(url, "a");
        var handle = SqsHarness.Handle(Assert.Single(h.Receive(url)));
        h.Delete(url, handle);

        h.Delete(url, handle);

        Assert.Single(h.Log.Events, e => e.Kind == Simulation.Recording.MessageEventKind.Deleted);
    }

    [Fact]
    public void ChangeMessageVisibility_ToZero_VisibleAtOnceAndLoggedReturned()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work", new { VisibilityTimeout = "300" });
        var id = h.Send(url, "a");
        var handle = SqsHarness.Handle(Assert.Single(h.Receive(url)));

        h.Call("ChangeMessageVisibility", new JsonObject { ["QueueUrl"] = url, ["ReceiptHandle"] = handle, ["VisibilityTimeout"] = 0 });

        Assert.Equal("2", SqsHarness.ReceiveCount(Assert.Single(h.Receive(url))));
        Assert.Contains(h.Log.Events, e => e.Kind == Simulation.Recording.MessageEventKind.Returned && e.MessageId == id);
    }

    [Fact]
    public void ChangeMessageVisibility_Extend_StaysHidden()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work", new { VisibilityTimeout = "30" });
        h.Send(url, "a");
        var handle = SqsHarness.Handle(Assert.Single(h.Receive(url)));
        h.Advance(TimeSpan.FromSeconds(20));

        h.Call("ChangeMessageVisibility", new JsonObject { ["QueueUrl"] = url, ["ReceiptHandle"] = handle, ["VisibilityTimeout"] = 60 });
        h.Advance(TimeSpan.FromSeconds(59));

        Assert.Empty(h.Receive(url));
        h.Advance(TimeSpan.FromSeconds(1));
        Assert.Single(h.Receive(url));
    }

    [Fact]
    public void ChangeMessageVisibility_StaleHandle_InvalidParameterValue()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work", new { VisibilityTimeout = "10" });
        h.Send(url, "a");
        var stale = SqsHarness.Handle(Assert.Single(h.Receive(url)));
        h.Advance(TimeSpan.FromSeconds(10));
        h.Receive(url);

        var e = h.Fails("ChangeMessageVisibility", new JsonObject { ["QueueUrl"] = url, ["ReceiptHandle"] = stale, ["VisibilityTimeout"] = 0 });

        Assert.Equal("InvalidParameterValue", e.Code);
        Assert.Contains("for parameter ReceiptHandle is invalid", e.Message, StringComparison.Ordinal);
    }
}
