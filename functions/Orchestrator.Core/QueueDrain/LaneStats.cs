namespace Orchestrator.Core.QueueDrain;

/// <summary>What one lane (or, summed, a whole drain) did. Immutable; <see cref="Add"/> sums.</summary>
public sealed record LaneStats
{
    public int Batches { get; init; }
    public int Messages { get; init; }
    public int Deleted { get; init; }
    public int Returned { get; init; }
    public int Requeued { get; init; }
    public int TasksSpot { get; init; }
    public int TasksOnDemand { get; init; }
    public int RunTaskRetries { get; init; }
    public double TaskSecondsSpot { get; init; }
    public double TaskSecondsOnDemand { get; init; }
    public int Succeeded { get; init; }
    public int TaskFailed { get; init; }
    public int Interrupted { get; init; }
    public int StartFailed { get; init; }
    public int TimedOut { get; init; }

    public static LaneStats Empty { get; } = new();

    public LaneStats Add(LaneStats o) => new()
    {
        Batches = Batches + o.Batches,
        Messages = Messages + o.Messages,
        Deleted = Deleted + o.Deleted,
        Returned = Returned + o.Returned,
        Requeued = Requeued + o.Requeued,
        TasksSpot = TasksSpot + o.TasksSpot,
        TasksOnDemand = TasksOnDemand + o.TasksOnDemand,
        RunTaskRetries = RunTaskRetries + o.RunTaskRetries,
        TaskSecondsSpot = TaskSecondsSpot + o.TaskSecondsSpot,
        TaskSecondsOnDemand = TaskSecondsOnDemand + o.TaskSecondsOnDemand,
        Succeeded = Succeeded + o.Succeeded,
        TaskFailed = TaskFailed + o.TaskFailed,
        Interrupted = Interrupted + o.Interrupted,
        StartFailed = StartFailed + o.StartFailed,
        TimedOut = TimedOut + o.TimedOut,
    };

    /// <summary>Upper bound of the history events this lane's execution recorded (see <see cref="HistoryBudget"/>).</summary>
    public int EstimatedEvents(DrainSettings settings) =>
        HistoryBudget.LaneOverhead(settings) + (Batches * HistoryBudget.PerBatch(settings)) + (RunTaskRetries * HistoryBudget.PerRetry);
}
