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
/// <para>Per queue, as SQS publishes only for active queues: a queue that held messages, had a waiting
/// receive or was called by any action keeps publishing for <see cref="SqsOptions.MetricsIdleMinutes"/>
/// (six hours) after; then it sleeps and publishes nothing, so alarms on it see missing data. Woken
/// again, it publishes from a lag of up to <see cref="SqsOptions.MaxMetricsResumeMinutes"/> after the
/// activity, spread by a hash of the queue's name and the time (no random draw, so enabling this
/// shifts no other draw of the run).</para>
/// <para>Lazy: the first call to <see cref="Touch"/> schedules the next tick; ticks continue while any
/// queue is awake, then stop until the next <see cref="Touch"/>. So a recurring publisher never keeps
/// "run until nothing is left" from finishing: once the queues sleep, the schedule runs dry.</para>
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

    /// <summary>Traffic happened (on <paramref name="queue"/>, when known): make sure a tick is scheduled.</summary>
    public void Touch(SqsQueue? queue = null)
    {
        if (queue is not null)
        {
            queue.CalledInPeriod = true;
        }

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
        var awake = false;
        foreach (var queue in queues().OrderBy(q => q.Name, StringComparer.Ordinal))
        {
            var active = queue.CalledInPeriod || queue.Messages.Count > 0 || queue.Waiters.Count > 0
                || queue.SentInPeriod + queue.ReceivedInPeriod + queue.DeletedInPeriod + queue.EmptyReceivesInPeriod > 0;
            Wake(queue, active, now);
            if (!queue.MetricsAsleep && now >= queue.MetricsResumeAt)
            {
                Publish(queue, now, periodStart);
            }

            queue.SentInPeriod = queue.ReceivedInPeriod = queue.DeletedInPeriod = queue.EmptyReceivesInPeriod = 0;
            queue.CalledInPeriod = false;
            awake |= !queue.MetricsAsleep;
        }

        if (awake)
        {
            ScheduleNext();
        }
        else
        {
            _next = null;
        }
    }

    private void Wake(SqsQueue queue, bool active, DateTimeOffset now)
    {
        if (active)
        {
            if (queue.MetricsAsleep)
            {
                queue.MetricsAsleep = false;
                queue.MetricsResumeAt = now + Lag(queue.Name, now);
            }

            queue.MetricsActiveAt = now;
        }
        else if (!queue.MetricsAsleep && now - (queue.MetricsActiveAt > queue.CreatedAt ? queue.MetricsActiveAt : queue.CreatedAt) >= TimeSpan.FromMinutes(options.MetricsIdleMinutes))
        {
            queue.MetricsAsleep = true;
        }
    }

    private TimeSpan Lag(string queue, DateTimeOffset now)
    {
        var hash = 2166136261u;
        foreach (var c in $"{queue}@{now.UtcTicks}")
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return TimeSpan.FromSeconds(hash % (uint)Math.Max(1, options.MaxMetricsResumeMinutes * 60));
    }

    private void Publish(SqsQueue queue, DateTimeOffset now, DateTimeOffset periodStart)
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
    }

    private void Put(Dictionary<string, string> dimensions, DateTimeOffset at, string metric, double value, string unit) =>
        sink.Put(Namespace, metric, dimensions, at, value, unit);
}
