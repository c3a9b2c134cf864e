using Orchestrator.Simulation.Recording;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Services.Sqs;

/// <summary>
/// Publishes SQS's one-minute CloudWatch metrics (namespace AWS/SQS, dimension QueueName) for every
/// queue: ApproximateNumberOfMessagesVisible, ApproximateNumberOfMessagesNotVisible,
/// ApproximateNumberOfMessagesDelayed, ApproximateAgeOfOldestMessage (Seconds), and the Count sums
/// NumberOfMessagesSent, NumberOfMessagesReceived, NumberOfMessagesDeleted, NumberOfEmptyReceives
/// ("Available CloudWatch metrics for Amazon SQS").
/// </summary>
/// <remarks>
/// <para>A tick runs at each whole virtual minute and publishes the period that just ended, stamped
/// with the period's start (CloudWatch's convention); gauges are sampled at the tick.</para>
/// <para>Lazy: the first call to <see cref="Touch"/> schedules the next tick; ticks continue while any
/// queue holds messages, has waiters or saw traffic, then for <see cref="SqsOptions.MetricsIdleMinutes"/>
/// idle minutes, then stop until the next <see cref="Touch"/>. So a recurring publisher never keeps
/// "run until nothing is left" from finishing: once the queues are idle, the schedule runs dry.</para>
/// </remarks>
internal sealed class SqsMetricsPublisher(
    Scheduler scheduler,
    IMetricSink sink,
    SqsOptions options,
    Func<IEnumerable<SqsQueue>> queues,
    Action sweep)
{
    private const string Namespace = "AWS/SQS";
    private ScheduledEvent? _next;
    private int _idleTicks;

    /// <summary>Traffic happened: make sure a tick is scheduled and reset the idle countdown.</summary>
    public void Touch()
    {
        _idleTicks = 0;
        if (_next is { HasRun: false, IsCancelled: false })
        {
            return;
        }

        ScheduleNext();
    }

    private void ScheduleNext()
    {
        var now = scheduler.Now;
        var minute = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
        _next = scheduler.ScheduleAt(minute.AddMinutes(1), Tick);
    }

    private void Tick()
    {
        sweep();
        var now = scheduler.Now;
        var periodStart = now.AddMinutes(-1);
        var active = false;
        foreach (var queue in queues().OrderBy(q => q.Name, StringComparer.Ordinal))
        {
            var dimensions = new Dictionary<string, string>(StringComparer.Ordinal) { ["QueueName"] = queue.Name };
            var held = queue.Messages.Where(m => !m.IsDelayed(now)).ToList();
            var oldest = held.Count == 0 ? 0 : Math.Floor((now - held.Min(m => m.ArrivedAt)).TotalSeconds);
            Put(dimensions, periodStart, "ApproximateNumberOfMessagesVisible", queue.CountVisible(now), "Count");
            Put(dimensions, periodStart, "ApproximateNumberOfMessagesNotVisible", queue.CountInFlight(now), "Count");
            Put(dimensions, periodStart, "ApproximateNumberOfMessagesDelayed", queue.CountDelayed(now), "Count");
            Put(dimensions, periodStart, "ApproximateAgeOfOldestMessage", oldest, "Seconds");
            Put(dimensions, periodStart, "NumberOfMessagesSent", queue.SentInPeriod, "Count");
            Put(dimensions, periodStart, "NumberOfMessagesReceived", queue.ReceivedInPeriod, "Count");
            Put(dimensions, periodStart, "NumberOfMessagesDeleted", queue.DeletedInPeriod, "Count");
            Put(dimensions, periodStart, "NumberOfEmptyReceives", queue.EmptyReceivesInPeriod, "Count");
            active |= queue.Messages.Count > 0 || queue.Waiters.Count > 0 || queue.SentInPeriod + queue.ReceivedInPeriod
                + queue.DeletedInPeriod + queue.EmptyReceivesInPeriod > 0;
            queue.SentInPeriod = queue.ReceivedInPeriod = queue.DeletedInPeriod = queue.EmptyReceivesInPeriod = 0;
        }

        _idleTicks = active ? 0 : _idleTicks + 1;
        if (_idleTicks < options.MetricsIdleMinutes)
        {
            ScheduleNext();
        }
        else
        {
            _next = null;
        }
    }

    private void Put(Dictionary<string, string> dimensions, DateTimeOffset at, string metric, double value, string unit) =>
        sink.Put(Namespace, metric, dimensions, at, value, unit);
}
