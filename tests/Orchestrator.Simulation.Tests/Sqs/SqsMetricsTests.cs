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

        // 1 busy minute + 5 idle minutes (SqsOptions.MetricsIdleMinutes), then nothing is scheduled.
        Assert.Null(h.Scheduler.Peek());
        Assert.Equal(6, h.Metrics.Series("AWS/SQS", "NumberOfMessagesSent", "QueueName", "work").Count);
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
        h.Advance(TimeSpan.FromSeconds(61));

        Assert.True(h.Metrics.Data.Count > before);
        Assert.Equal(1, h.Metrics.Series("AWS/SQS", "NumberOfMessagesSent", "QueueName", "work")[^1].Value);
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
