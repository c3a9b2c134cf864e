using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Tests.Sqs;

// Expectations: SQS Developer Guide "FIFO queue delivery logic" (order per message group; while a
// message of a group is in flight no later message of that group is returned), "Exactly-once
// processing" (a deduplication id seen in the last 5 minutes is accepted but not delivered again;
// ContentBasedDeduplication uses SHA-256 of the body), SendMessage API reference (MessageGroupId
// required on FIFO queues; DelaySeconds per message not allowed on FIFO queues).
public sealed class SqsFifoTests
{
    private static (SqsHarness H, string Url) Fifo(int visibility = 30)
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("jobs.fifo", new { FifoQueue = "true", ContentBasedDeduplication = "true", VisibilityTimeout = visibility.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return (h, url);
    }

    [Fact]
    public void ReceiveMessage_OneGroup_InSendOrder()
    {
        var (h, url) = Fifo();
        foreach (var body in new[] { "1", "2", "3" })
        {
            h.Send(url, body, groupId: "g");
        }

        Assert.Equal(["1", "2", "3"], h.Receive(url).Select(SqsHarness.Body));
    }

    [Fact]
    public void ReceiveMessage_GroupInFlight_BlocksGroupNotOthers()
    {
        var (h, url) = Fifo();
        h.Send(url, "a1", groupId: "a");
        h.Send(url, "a2", groupId: "a");
        h.Send(url, "b1", groupId: "b");
        var first = Assert.Single(h.Receive(url, max: 1));

        var next = h.Receive(url);

        Assert.Equal("a1", SqsHarness.Body(first));
        Assert.Equal(["b1"], next.Select(SqsHarness.Body));
    }

    [Fact]
    public void ReceiveMessage_AfterDeleteOfHead_NextOfGroupReturned()
    {
        var (h, url) = Fifo();
        h.Send(url, "a1", groupId: "a");
        h.Send(url, "a2", groupId: "a");
        var head = Assert.Single(h.Receive(url, max: 1));
        Assert.Empty(h.Receive(url));

        h.Delete(url, SqsHarness.Handle(head));

        Assert.Equal("a2", SqsHarness.Body(Assert.Single(h.Receive(url))));
    }

    [Fact]
    public void ReceiveMessage_HeadVisibilityExpires_HeadRedeliveredBeforeNext()
    {
        var (h, url) = Fifo(visibility: 10);
        h.Send(url, "a1", groupId: "a");
        h.Send(url, "a2", groupId: "a");
        h.Receive(url, max: 1);
        h.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(["a1", "a2"], h.Receive(url).Select(SqsHarness.Body));
    }

    [Fact]
    public void SendMessage_SameContentWithinFiveMinutes_DeduplicatedSameMessageId()
    {
        var (h, url) = Fifo();
        var first = h.Send(url, "same", groupId: "g");

        h.Advance(TimeSpan.FromMinutes(4));
        var second = h.Send(url, "same", groupId: "g");

        Assert.Equal(first, second);
        Assert.Single(h.Receive(url));
        Assert.Single(h.Log.Messages);
    }

    [Fact]
    public void SendMessage_SameContentAfterFiveMinutes_NewMessage()
    {
        var (h, url) = Fifo();
        var first = h.Send(url, "same", groupId: "g");

        h.Advance(TimeSpan.FromMinutes(5));

        Assert.NotEqual(first, h.Send(url, "same", groupId: "g"));
    }

    [Fact]
    public void SendMessage_ExplicitDeduplicationId_OverridesContent()
    {
        var (h, url) = Fifo();
        var first = h.Send(url, "one", groupId: "g", dedupId: "d1");

        Assert.Equal(first, h.Send(url, "two", groupId: "g", dedupId: "d1"));
    }

    [Fact]
    public void SendMessage_NoGroupId_MissingParameter()
    {
        var (h, url) = Fifo();

        Assert.Equal("MissingParameter", h.Fails("SendMessage", new JsonObject { ["QueueUrl"] = url, ["MessageBody"] = "x" }).Code);
    }

    [Fact]
    public void SendMessage_NoDedupWithoutContentBased_InvalidParameterValue()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("plain.fifo", new { FifoQueue = "true" });

        var e = h.Fails("SendMessage", new JsonObject { ["QueueUrl"] = url, ["MessageBody"] = "x", ["MessageGroupId"] = "g" });

        Assert.Equal("InvalidParameterValue", e.Code);
    }

    [Fact]
    public void SendMessage_PerMessageDelayOnFifo_InvalidParameterValue()
    {
        var (h, url) = Fifo();

        var e = h.Fails("SendMessage", new JsonObject { ["QueueUrl"] = url, ["MessageBody"] = "x", ["MessageGroupId"] = "g", ["DelaySeconds"] = 5 });

        Assert.Equal("InvalidParameterValue", e.Code);
    }

    [Fact]
    public void SendMessage_Fifo_SequenceNumbersIncrease()
    {
        var (h, url) = Fifo();
        var a = h.Call("SendMessage", new JsonObject { ["QueueUrl"] = url, ["MessageBody"] = "a", ["MessageGroupId"] = "g" });
        var b = h.Call("SendMessage", new JsonObject { ["QueueUrl"] = url, ["MessageBody"] = "b", ["MessageGroupId"] = "g" });

        var sa = decimal.Parse(a["SequenceNumber"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        var sb = decimal.Parse(b["SequenceNumber"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(sb > sa);
    }

    [Fact]
    public void ReceiveMessage_Fifo_ReportsGroupAndDeduplicationAttributes()
    {
        var (h, url) = Fifo();
        h.Send(url, "x", groupId: "orders", dedupId: "d-1");

        var attributes = Assert.Single(h.Receive(url))["Attributes"]!;

        Assert.Equal(("orders", "d-1"), (attributes["MessageGroupId"]!.GetValue<string>(), attributes["MessageDeduplicationId"]!.GetValue<string>()));
    }
}
