using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Tests.Sqs;

// Expectations: SQS Developer Guide "Using dead-letter queues" (when the ReceiveCount of a message
// exceeds maxReceiveCount, SQS moves it to the DLQ; re:Post "Why are my messages unexpectedly sent
// to a DLQ?"), "Setting-up dead-letter queue retention" (standard: enqueue timestamp unchanged;
// FIFO: reset), message ids are kept, DeadLetterQueueSourceArn names the source (model enum).
public sealed class SqsRedriveTests
{
    private static (SqsHarness H, string Source, string Dlq) Setup(int maxReceiveCount = 3)
    {
        var h = new SqsHarness();
        var dlq = h.CreateQueue("work-dlq");
        var policy = $$"""{"deadLetterTargetArn":"arn:aws:sqs:us-east-1:123456789012:work-dlq","maxReceiveCount":"{{maxReceiveCount}}"}""";
        var source = h.CreateQueue("work", new { VisibilityTimeout = "10", RedrivePolicy = policy });
        return (h, source, dlq);
    }

    [Fact]
    public void ReceiveMessage_UpToMaxReceiveCount_StaysInSource()
    {
        var (h, source, dlq) = Setup(3);
        h.Send(source, "poison");

        for (var i = 1; i <= 3; i++)
        {
            Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), SqsHarness.ReceiveCount(Assert.Single(h.Receive(source))));
            h.Advance(TimeSpan.FromSeconds(10));
        }

        Assert.Equal("0", h.Attribute(dlq, "ApproximateNumberOfMessages"));
    }

    [Fact]
    public void ReceiveMessage_ExceedingMaxReceiveCount_MovesToDlqInsteadOfReturning()
    {
        var (h, source, dlq) = Setup(3);
        var id = h.Send(source, "poison");
        for (var i = 0; i < 3; i++)
        {
            h.Receive(source);
            h.Advance(TimeSpan.FromSeconds(10));
        }

        Assert.Empty(h.Receive(source)); // the 4th receive moves it

        var moved = Assert.Single(h.Receive(dlq));
        Assert.Equal(id, moved["MessageId"]!.GetValue<string>());
        Assert.Equal("poison", SqsHarness.Body(moved));
        Assert.Equal("arn:aws:sqs:us-east-1:123456789012:work", moved["Attributes"]!["DeadLetterQueueSourceArn"]!.GetValue<string>());
        Assert.Equal("work-dlq", h.Log.Find(id)!.QueueName);
        Assert.Equal(id, Assert.Single(h.Log.DeadLetteredMessages()).MessageId);
        Assert.Empty(h.Log.Lost());
    }

    [Fact]
    public void ReceiveMessage_PoisonAheadOfGoodMessage_GoodOneStillReturned()
    {
        var (h, source, _) = Setup(1);
        h.Send(source, "poison");
        h.Receive(source, max: 1);
        h.Advance(TimeSpan.FromSeconds(10));
        h.Send(source, "good");

        var got = h.Receive(source);

        Assert.Equal("good", SqsHarness.Body(Assert.Single(got)));
    }

    [Fact]
    public void DeadLetter_StandardQueue_KeepsOriginalEnqueueTimeForRetention()
    {
        var h = new SqsHarness();
        var dlq = h.CreateQueue("dlq", new { MessageRetentionPeriod = "600" });
        var policy = """{"deadLetterTargetArn":"arn:aws:sqs:us-east-1:123456789012:dlq","maxReceiveCount":1}""";
        var source = h.CreateQueue("src", new { VisibilityTimeout = "300", RedrivePolicy = policy });
        h.Send(source, "x");
        h.Receive(source);
        h.Advance(TimeSpan.FromSeconds(300));
        h.Receive(source); // moves at t=300 s

        h.Advance(TimeSpan.FromSeconds(300)); // t=600 s since send: the DLQ's 600 s retention counts from the send

        Assert.Empty(h.Receive(dlq));
        Assert.Single(h.Log.Lost());
    }
}
