using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Tests.Sqs;

// Expectations: SQS Developer Guide "Amazon SQS delay queues" / "message timers" (a delayed message
// is invisible for DelaySeconds; per-message DelaySeconds overrides the queue's on standard queues;
// 0–900 s) and message quotas ("Message retention … minimum 60 seconds", messages older than the
// retention period are deleted automatically); message size ≤ 262,144 bytes.
public sealed class SqsRetentionDelayTests
{
    [Fact]
    public void SendMessage_QueueDelay_InvisibleUntilDelayEnds()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work", new { DelaySeconds = "45" });
        h.Send(url, "a");

        h.Advance(TimeSpan.FromSeconds(44));
        Assert.Empty(h.Receive(url));
        Assert.Equal("1", h.Attribute(url, "ApproximateNumberOfMessagesDelayed"));
        h.Advance(TimeSpan.FromSeconds(1));

        Assert.Single(h.Receive(url));
    }

    [Fact]
    public void SendMessage_MessageDelay_OverridesQueueDelay()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work", new { DelaySeconds = "600" });
        h.Send(url, "a", delay: 0);

        Assert.Single(h.Receive(url));
    }

    [Fact]
    public void SendMessage_DelayOver900_InvalidParameterValue()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work");

        var e = h.Fails("SendMessage", new JsonObject { ["QueueUrl"] = url, ["MessageBody"] = "x", ["DelaySeconds"] = 901 });

        Assert.Equal("InvalidParameterValue", e.Code);
    }

    [Fact]
    public void SendMessage_BodyOverMaximumSize_InvalidParameterValue()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work");

        var e = h.Fails("SendMessage", new JsonObject { ["QueueUrl"] = url, ["MessageBody"] = new string('x', 262_145) });

        Assert.Equal("InvalidParameterValue", e.Code);
    }

    [Fact]
    public void SendMessage_ControlCharacter_InvalidMessageContents()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work");

        Assert.Equal("InvalidMessageContents", h.Fails("SendMessage", new JsonObject { ["QueueUrl"] = url, ["MessageBody"] = "a\u0001b" }).Code);
    }

    [Fact]
    public void Retention_PeriodPassed_MessageDroppedAndLoggedLost()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work", new { MessageRetentionPeriod = "60" });
        var id = h.Send(url, "a");

        h.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal("1", h.Attribute(url, "ApproximateNumberOfMessages"));
        h.Advance(TimeSpan.FromSeconds(1));

        Assert.Empty(h.Receive(url));
        var lost = Assert.Single(h.Log.Lost());
        Assert.Equal((id, SqsHarness.Start.AddSeconds(60)), (lost.MessageId, lost.DroppedAt!.Value));
    }

    [Fact]
    public void Retention_InFlightMessage_AlsoExpires()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work", new { MessageRetentionPeriod = "60", VisibilityTimeout = "120" });
        h.Send(url, "a");
        var handle = SqsHarness.Handle(Assert.Single(h.Receive(url)));

        h.Advance(TimeSpan.FromSeconds(90));
        h.Delete(url, handle); // succeeds, nothing left to delete

        Assert.Single(h.Log.Lost());
        Assert.Empty(h.Log.DeletedBeforeSuccess());
    }
}
