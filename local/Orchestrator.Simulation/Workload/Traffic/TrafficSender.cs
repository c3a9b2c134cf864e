using System.Text;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Workload.Traffic;

/// <summary>
/// Sends a scenario's traffic on the virtual clock: every message at its own arrival time (to the
/// millisecond), messages arriving in the same millisecond together in batches of at most 10 and at
/// most 256 KiB (SendMessageBatch's limits).
/// </summary>
/// <remarks>
/// One event is scheduled at a time: when it fires, the next arrival of every entry is looked at and
/// the earliest scheduled. Memory stays the same whatever the number of messages. Each entry draws
/// from its own fork of a stream seeded from the run's seed, so adding an entry does not move
/// another's arrivals, and the account's own random draws are untouched.
/// </remarks>
public sealed class TrafficSender
{
    /// <summary>Most entries in one SendMessageBatch.</summary>
    public const int BatchEntries = 10;

    /// <summary>Most bytes of bodies in one SendMessageBatch (the queue's default MaximumMessageSize).</summary>
    public const int BatchBytes = 262_144;

    private readonly Scheduler _scheduler;
    private readonly DateTimeOffset _start;
    private readonly string _poisonMarker;
    private readonly Action<IReadOnlyList<string>> _send;
    private readonly PriorityQueue<Cursor, (TimeSpan At, int Entry)> _next = new();

    private TrafficSender(Scheduler scheduler, DateTimeOffset start, string poisonMarker, Action<IReadOnlyList<string>> send)
    {
        _scheduler = scheduler;
        _start = start;
        _poisonMarker = poisonMarker;
        _send = send;
    }

    /// <summary>Starts sending <paramref name="traffic"/> from <paramref name="start"/> through <paramref name="send"/> (one call per batch of bodies).</summary>
    public static TrafficSender Start(Scheduler scheduler, DateTimeOffset start, IReadOnlyList<TrafficEntry> traffic, long seed, string poisonMarker, Action<IReadOnlyList<string>> send)
    {
        var sender = new TrafficSender(scheduler, start, poisonMarker, send);
        var random = new SeededRandom(unchecked((seed * 6364136223846793005L) + 1442695040888963407L));
        for (var i = 0; i < traffic.Count; i++)
        {
            sender.Advance(new Cursor(i, traffic[i], traffic[i].Arrivals(random.Fork()).GetEnumerator()));
        }

        sender.ScheduleNext();
        return sender;
    }

    /// <summary>Messages sent so far.</summary>
    public long Sent { get; private set; }

    private void Advance(Cursor cursor)
    {
        if (cursor.Arrivals.MoveNext())
        {
            var at = TimeSpan.FromMilliseconds(Math.Floor(cursor.Arrivals.Current.TotalMilliseconds));
            _next.Enqueue(cursor, (at, cursor.Index));
        }
        else
        {
            cursor.Arrivals.Dispose();
        }
    }

    private void ScheduleNext()
    {
        if (_next.TryPeek(out _, out var key))
        {
            _scheduler.ScheduleAt(_start + key.At, () => SendDue(key.At));
        }
    }

    private void SendDue(TimeSpan at)
    {
        var batch = new List<string>(BatchEntries);
        var bytes = 0;
        while (_next.TryPeek(out var cursor, out var key) && key.At == at)
        {
            _next.Dequeue();
            var body = Body(cursor.Entry, cursor.Sent++);
            if (batch.Count == BatchEntries || bytes + Encoding.UTF8.GetByteCount(body) > BatchBytes)
            {
                Flush(batch);
                bytes = 0;
            }

            batch.Add(body);
            bytes += Encoding.UTF8.GetByteCount(body);
            Advance(cursor);
        }

        Flush(batch);
        ScheduleNext();
    }

    private void Flush(List<string> batch)
    {
        if (batch.Count > 0)
        {
            _send(batch.ToArray());
            Sent += batch.Count;
            batch.Clear();
        }
    }

    private string Body(TrafficEntry entry, long n)
    {
        var label = entry.IsPoison(n) ? $"{_poisonMarker} message {n}" : $"message {n}";
        return entry.MessageSize is not { } size ? label
            : label.Length >= size ? label[..size]
            : label + new string('.', size - label.Length);
    }

    private sealed class Cursor(int index, TrafficEntry entry, IEnumerator<TimeSpan> arrivals)
    {
        public int Index { get; } = index;
        public TrafficEntry Entry { get; } = entry;
        public IEnumerator<TimeSpan> Arrivals { get; } = arrivals;
        public long Sent { get; set; }
    }
}
