namespace Orchestrator.States.Timing;

/// <summary>
/// A discrete-event scheduler on virtual time, with SimPy's contract: events run in order of
/// (time, priority, sequence); <see cref="Step"/> runs one, <see cref="Peek"/> tells when the next
/// is due, <see cref="Run(DateTimeOffset?)"/> runs until a time or until none are left.
/// </summary>
/// <remarks>
/// <para>It is the only clock the engine and the simulation read. Nothing here touches the wall
/// clock, so a simulated day runs as fast as its events can be processed, and the same events
/// scheduled in the same order always run in the same order.</para>
/// <para>Edge cases, as SimPy: a negative delay throws; <c>Run(until)</c> runs every event due
/// strictly before <c>until</c> and leaves the clock at <c>until</c>; an <c>until</c> in the past
/// throws; <see cref="Step"/> on an empty schedule throws. Lower priority values run first among
/// events due at the same time (<see cref="Urgent"/> before <see cref="Normal"/>); equal ones run in
/// the order they were scheduled. A cancelled event is skipped when its turn comes.</para>
/// </remarks>
public sealed class Scheduler
{
    /// <summary>Priority of events that must run before normal ones due at the same time.</summary>
    public const int Urgent = 0;

    /// <summary>Default priority.</summary>
    public const int Normal = 1;

    private readonly PriorityQueue<ScheduledEvent, (long Ticks, int Priority, long Sequence)> _queue = new();
    private long _sequence;

    /// <summary>Creates a scheduler whose clock starts at <paramref name="start"/>.</summary>
    public Scheduler(DateTimeOffset start) => Now = start;

    /// <summary>The current virtual time.</summary>
    public DateTimeOffset Now { get; private set; }

    /// <summary>How many events are queued, cancelled ones included until their turn.</summary>
    public int Count => _queue.Count;

    /// <summary>How many events have run so far.</summary>
    public long Processed { get; private set; }

    /// <summary>Schedules <paramref name="action"/> to run after <paramref name="delay"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The delay is negative.</exception>
    public ScheduledEvent Schedule(TimeSpan delay, Action action, int priority = Normal)
    {
        if (delay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(delay), delay, "Negative delay.");
        }

        return Enqueue(Now + delay, action, priority);
    }

    /// <summary>Schedules <paramref name="action"/> at an absolute virtual time, not in the past.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The time is before <see cref="Now"/>.</exception>
    public ScheduledEvent ScheduleAt(DateTimeOffset at, Action action, int priority = Normal)
    {
        if (at < Now)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"Time is before now ({Now:O}).");
        }

        return Enqueue(at, action, priority);
    }

    /// <summary>A task that completes on the scheduler after <paramref name="delay"/> of virtual time.</summary>
    public Task Delay(TimeSpan delay)
    {
        var done = new TaskCompletionSource();
        Schedule(delay, () => done.SetResult());
        return done.Task;
    }

    /// <summary>When the next live event is due, or null when none is left.</summary>
    public DateTimeOffset? Peek()
    {
        SkipCancelled();
        return _queue.TryPeek(out var next, out _) ? next.Due : null;
    }

    /// <summary>Runs the next live event, advancing the clock to its time.</summary>
    /// <exception cref="InvalidOperationException">No event is left.</exception>
    public void Step()
    {
        SkipCancelled();
        if (!_queue.TryDequeue(out var next, out _))
        {
            throw new InvalidOperationException("No scheduled events left.");
        }

        Now = next.Due;
        Processed++;
        next.Run();
    }

    /// <summary>
    /// Runs events until none is left, or, with <paramref name="until"/>, every event due before it;
    /// the clock then stands at <paramref name="until"/>.
    /// </summary>
    public void Run(DateTimeOffset? until = null)
    {
        if (until is { } limit && limit < Now)
        {
            throw new ArgumentOutOfRangeException(nameof(until), until, $"Time is before now ({Now:O}).");
        }

        while (Peek() is { } due && (until is null || due < until))
        {
            Step();
        }

        if (until is { } end)
        {
            Now = end;
        }
    }

    /// <summary>Runs events until <paramref name="done"/> holds or none is left; true when it holds.</summary>
    public bool RunUntil(Func<bool> done)
    {
        while (!done())
        {
            if (Peek() is null)
            {
                return false;
            }

            Step();
        }

        return true;
    }

    private ScheduledEvent Enqueue(DateTimeOffset due, Action action, int priority)
    {
        var scheduled = new ScheduledEvent(due, action);
        _queue.Enqueue(scheduled, (due.UtcTicks, priority, _sequence++));
        return scheduled;
    }

    private void SkipCancelled()
    {
        while (_queue.TryPeek(out var next, out _) && next.IsCancelled)
        {
            _queue.Dequeue();
        }
    }
}
