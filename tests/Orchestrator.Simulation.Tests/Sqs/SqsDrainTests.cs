using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Tests.Sqs;

// End to end through the MessageLog: a backlog drained by batch receives and deletes loses nothing.
public sealed class SqsDrainTests
{
    [Fact]
    public void Drain_FiveThousandMessagesInBatches_AllDeletedNoneLost()
    {
        var h = new SqsHarness(metrics: true);
        var url = h.CreateQueue("work", new { VisibilityTimeout = "60" });
        for (var batch = 0; batch < 500; batch++)
        {
            var entries = new JsonArray(Enumerable.Range(0, 10).Select(i => (JsonNode)new JsonObject { ["Id"] = $"e{i}", ["MessageBody"] = $"job {batch}-{i}" }).ToArray());
            h.Call("SendMessageBatch", new JsonObject { ["QueueUrl"] = url, ["Entries"] = entries });
        }

        var rounds = 0;
        while (h.Receive(url) is { Count: > 0 } messages)
        {
            var entries = new JsonArray(messages.Select((m, i) => (JsonNode)new JsonObject { ["Id"] = $"d{i}", ["ReceiptHandle"] = SqsHarness.Handle(m) }).ToArray());
            Assert.Empty(h.Call("DeleteMessageBatch", new JsonObject { ["QueueUrl"] = url, ["Entries"] = entries })["Failed"]!.AsArray());
            h.Advance(TimeSpan.FromSeconds(1));
            rounds++;
        }

        h.Scheduler.Run(); // publish the last minute; the publisher then stops

        Assert.Equal(500, rounds);
        Assert.Equal(5000, h.Log.Messages.Count);
        Assert.All(h.Log.Messages, m => Assert.Single(m.Receives));
        Assert.Empty(h.Log.Lost());
        Assert.Empty(h.Log.Outstanding());
        Assert.Equal(5000, h.Metrics.Series("AWS/SQS", "NumberOfMessagesDeleted", "QueueName", "work").Sum(d => d.Value));
    }
}
