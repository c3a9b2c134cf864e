using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Services.Scheduling;

/// <summary>
/// Fires an action at each time a <see cref="ScheduleExpression"/> gives, on the virtual clock, one
/// scheduler event at a time (the next firing is scheduled when the current one runs).
/// </summary>
/// <remarks>
/// <para>Ending: a timer stops after its last firing (an <c>at</c>, a cron past its years), at
/// <see cref="Stop"/>, at its end time (Scheduler's EndDate), and at the horizon — it never schedules
/// a firing at or after <c>horizon</c>. The horizon is how a simulation with recurring schedules lets
/// <see cref="Scheduler.Run(DateTimeOffset?)"/> finish: with one set, no timer keeps the event queue
/// alive past it.</para>
/// <para>Rates chain from the anchor (the creation or start time): anchor + rate, + 2×rate…</para>
/// </remarks>
public sealed class RecurringTimer
{
    private readonly Scheduler _scheduler;
    private readonly ScheduleExpression _expression;
    private readonly Action<DateTimeOffset> _fire;
    private readonly TimeZoneInfo? _zone;
    private readonly DateTimeOffset? _end;
    private readonly DateTimeOffset? _horizon;
    private ScheduledEvent? _pending;

    /// <summary>Creates and starts a timer whose first firing is the first schedule time after <paramref name="anchor"/>.</summary>
    public RecurringTimer(Scheduler scheduler, ScheduleExpression expression, DateTimeOffset anchor, Action<DateTimeOffset> fire,
        TimeZoneInfo? zone = null, DateTimeOffset? end = null, DateTimeOffset? horizon = null)
    {
        _scheduler = scheduler;
        _expression = expression;
        _fire = fire;
        _zone = zone;
        _end = end;
        _horizon = horizon;
        ScheduleAfter(anchor);
    }

    /// <summary>When the timer fires next, or null when it will not fire again.</summary>
    public DateTimeOffset? NextFiring { get; private set; }

    /// <summary>Cancels the pending firing; the timer never fires again.</summary>
    public void Stop()
    {
        _pending?.Cancel();
        _pending = null;
        NextFiring = null;
    }

    private void ScheduleAfter(DateTimeOffset after)
    {
        var next = _expression.NextAfter(after, _zone);
        if (next is not { } at || (_end is { } end && at > end) || (_horizon is { } horizon && at >= horizon))
        {
            NextFiring = null;
            _pending = null;
            return;
        }

        if (at < _scheduler.Now)
        {
            // A start date in the past: skip to the first firing from now on.
            ScheduleAfter(_scheduler.Now.AddTicks(-1));
            return;
        }

        NextFiring = at;
        _pending = _scheduler.ScheduleAt(at, () =>
        {
            ScheduleAfter(at);
            _fire(at);
        });
    }
}
