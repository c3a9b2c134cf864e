namespace Orchestrator.States.Timing;

/// <summary>One event queued on a <see cref="Scheduler"/>; it can be cancelled before it runs.</summary>
public sealed class ScheduledEvent
{
    private readonly Action _action;

    internal ScheduledEvent(DateTimeOffset due, Action action)
    {
        Due = due;
        _action = action;
    }

    /// <summary>The virtual time at which the event runs.</summary>
    public DateTimeOffset Due { get; }

    /// <summary>True once <see cref="Cancel"/> was called; the event will not run.</summary>
    public bool IsCancelled { get; private set; }

    /// <summary>True once the event has run.</summary>
    public bool HasRun { get; private set; }

    /// <summary>Stops the event from running; does nothing if it already ran.</summary>
    public void Cancel() => IsCancelled = !HasRun;

    internal void Run()
    {
        HasRun = true;
        _action();
    }
}
