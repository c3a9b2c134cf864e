using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Tests.Sqs;

// Expectations: SQS Developer Guide "Available CloudWatch metrics for Amazon SQS": namespace AWS/SQS,
// dimension QueueName, one-minute data; NumberOfMessagesSent/Received/Deleted and
// NumberOfEmptyReceives are counts per period; ApproximateNumberOfMessagesVisible/NotVisible and
// ApproximateAgeOfOldestMessage (seconds) describe the queue.
public sealed class SqsMetricsTests
{
    private static double Value(SqsHarness h, string metric, DateTimeOffset at) =>
        h.Metrics.Series("AWS/SQS", metric, "QueueName", "work").Single(d => d.Timestamp == at).Value;

    [Fact]
    public void Publisher_OneMinuteOfTraffic_CountsAndGauges()
    {
        var h = new SqsHarness(metrics: true);
        var url = h.CreateQueue("work");
        h.Advance(TimeSpan.FromSeconds(10));
        h.Send(url, "a");
        h.Send(url, "b");
        h.Send(url, "c");
        h.Delete(url, SqsHarness.Handle(h.Receive(url, max: 1)[0]));
        h.Receive(url, max: 1, visibility: 300);

        // Run(until) runs events strictly before until (SimPy), so step just past the tick at 00:01,
        // which publishes the period 00:00–00:01.
        h.Advance(TimeSpan.FromSeconds(51));

        var period = SqsHarness.Start;
        Assert.Equal(3, Value(h, "NumberOfMessagesSent", period));
        Assert.Equal(2, Value(h, "NumberOfMessagesReceived", period));
        Assert.Equal(1, Value(h, "NumberOfMessagesDeleted", period));
        Assert.Equal(1, Value(h, "ApproximateNumberOfMessagesVisible", period));
        Assert.Equal(1, Value(h, "ApproximateNumberOfMessagesNotVisible", period));
        Assert.Equal(50, Value(h, "ApproximateAgeOfOldestMessage", period));
        Assert.Equal("Seconds", h.Metrics.Series("AWS/SQS", "ApproximateAgeOfOldestMessage", "QueueName", "work")[0].Unit);
    }

    [Fact]
    public void Publisher_EmptyReceive_Counted()
    {
        var h = new SqsHarness(metrics: true);
        var url = h.CreateQueue("work");
        h.Receive(url);
        h.Receive(url);

        h.Advance(TimeSpan.FromSeconds(61));

        Assert.Equal(2, Value(h, "NumberOfEmptyReceives", SqsHarness.Start));
    }

    [Fact]
    public void Publisher_EveryMinuteWhileBusy_OnePointPerMinute()
    {
        var h = new SqsHarness(metrics: true);
        var url = h.CreateQueue("work");
        h.Send(url, "stays");

        h.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));

        var points = h.Metrics.Series("AWS/SQS", "ApproximateNumberOfMessagesVisible", "QueueName", "work");
        Assert.Equal(Enumerable.Range(0, 10).Select(i => SqsHarness.Start.AddMinutes(i)), points.Select(p => p.Timestamp));
        Assert.All(points, p => Assert.Equal(1, p.Value));
    }

    [Fact]
    public void Publisher_QueuesIdle_StopsSoSchedulerRunsDry()
    {
        var h = new SqsHarness(metrics: true);
        var url = h.CreateQueue("work");
        h.Send(url, "a");
        h.Delete(url, SqsHarness.Handle(h.Receive(url)[0]));

        h.Scheduler.Run(); // must terminate

        // The busy minute, then the queue stays active for six hours after it (SqsOptions.MetricsIdleMinutes:
        // SQS publishes only for active queues): 360 one-minute periods; then it sleeps and nothing is scheduled.
        Assert.Null(h.Scheduler.Peek());
        Assert.Equal(360, h.Metrics.Series("AWS/SQS", "NumberOfMessagesSent", "QueueName", "work").Count);
    }

    [Fact]
    public void Publisher_RestartsOnNewTraffic()
    {
        var h = new SqsHarness(metrics: true);
        var url = h.CreateQueue("work");
        h.Receive(url);
        h.Scheduler.Run();
        var before = h.Metrics.Data.Count;

        h.Advance(TimeSpan.FromHours(1));
        h.Send(url, "again");
        h.Advance(TimeSpan.FromMinutes(17)); // it had slept: publishing resumes within 15 minutes

        // The minutes of the lag are not published (the send's own count with them); the gauge shows the message.
        Assert.True(h.Metrics.Data.Count > before);
        Assert.Equal(1, h.Metrics.Series("AWS/SQS", "ApproximateNumberOfMessagesVisible", "QueueName", "work")[^1].Value);
    }

    [Fact]
    public void Publisher_AfterSixHoursInactive_Sleeps_ThenResumesWithinFifteenMinutesOfNewTraffic()
    {
        // "All metrics emit non-negative values only when the queue is active" (SQS Developer Guide,
        // "Available CloudWatch metrics for Amazon SQS"); after about 6 h idle a queue's metrics can lag up
        // to 15 minutes (AWS-FACTS).
        var h = new SqsHarness(metrics: true);
        var url = h.CreateQueue("work");
        h.Send(url, "a");
        h.Delete(url, SqsHarness.Handle(h.Receive(url)[0]));
        h.Advance(TimeSpan.FromHours(8));
        var asleep = h.Metrics.Series("AWS/SQS", "NumberOfMessagesSent", "QueueName", "work").Count;
        var sentAt = h.Scheduler.Now;

        h.Send(url, "after the night");
        h.Advance(TimeSpan.FromMinutes(20));

        var resumed = h.Metrics.Series("AWS/SQS", "ApproximateNumberOfMessagesVisible", "QueueName", "work").Where(p => p.Timestamp >= sentAt).ToList();
        Assert.Equal(360, asleep);
        Assert.NotEmpty(resumed);
        Assert.InRange(resumed[0].Timestamp - sentAt, TimeSpan.Zero, TimeSpan.FromMinutes(16));
    }

    [Fact]
    public void Publisher_AnyCallKeepsTheQueueActive()
    {
        var h = new SqsHarness(metrics: true);
        var url = h.CreateQueue("work");
        for (var i = 0; i < 10; i++)
        {
            h.Advance(TimeSpan.FromHours(1));
            h.Sqs.Invoke("GetQueueAttributes", new System.Text.Json.Nodes.JsonObject { ["QueueUrl"] = url, ["AttributeNames"] = new System.Text.Json.Nodes.JsonArray("All") });
        }

        // A point for every minute of the ten hours: ticks 00:01 to 09:59 (Run(until) runs what is due before it).
        var points = h.Metrics.Series("AWS/SQS", "ApproximateNumberOfMessagesVisible", "QueueName", "work");
        Assert.Equal((10 * 60) - 1, points.Count);
    }

    [Fact]
    public void Publisher_WithoutSink_SchedulesNothing()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work");
        h.Send(url, "a");

        Assert.Null(h.Scheduler.Peek());
        Assert.Empty(h.Metrics.Data);
        _ = url;
    }
}
