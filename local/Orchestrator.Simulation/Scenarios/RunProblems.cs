using System.Globalization;

namespace Orchestrator.Simulation.Scenarios;

/// <summary>
/// Why a run counts as broken, one line per reason (the command exits 1 when there is any): a run is
/// good only if every message was processed or dead-lettered as poison, none was lost or left queued
/// at the horizon, no execution failed, and no cap was broken (tasks above MaxConcurrentTasks, a
/// task killed by our scale-in).
/// </summary>
public static class RunProblems
{
    public static IReadOnlyList<string> Of(MessageFigures? messages, TaskFigures tasks, ExecutionFigures executions, bool drainRan)
    {
        var problems = new List<string>();
        if (messages is { } m)
        {
            if (m.Lost > 0)
            {
                problems.Add(Invariant($"{m.Lost} messages lost: SQS dropped them before any task succeeded on them."));
            }

            if (m.StillQueued > 0)
            {
                problems.Add(drainRan
                    ? Invariant($"{m.StillQueued} messages still queued at the horizon: the drains did not finish the work in time.")
                    : Invariant($"{m.StillQueued} messages still queued at the horizon and no drain ever ran: no trigger started one (triggers: alarm, schedule)."));
            }

            if (m.DeadLettered - m.DeadLetteredPoison > 0)
            {
                problems.Add(Invariant($"{m.DeadLettered - m.DeadLetteredPoison} messages that were not poison reached the dead-letter queue (their receives ran out: raise queue maxReceiveCount, or see the failed tasks)."));
            }

            if (m.DeletedBeforeSuccess > 0)
            {
                problems.Add(Invariant($"{m.DeletedBeforeSuccess} messages were deleted before a task succeeded on them."));
            }
        }

        if (executions.FailedCount > 0)
        {
            var first = executions.Failures.Count > 0 ? executions.Failures[0] : null;
            problems.Add(first is null
                ? Invariant($"{executions.FailedCount} executions failed.")
                : Invariant($"{executions.FailedCount} executions failed; the first: {first.StateMachine} {first.Status.ToLowerInvariant()} at {first.StoppedAt:HH:mm:ss}: {first.Error}: {first.Cause}"));
        }

        if (tasks.MaxConcurrentTasks > 0 && tasks.PeakConcurrent > tasks.MaxConcurrentTasks)
        {
            problems.Add(Invariant($"{tasks.PeakConcurrent} tasks ran at once, above MaxConcurrentTasks {tasks.MaxConcurrentTasks}."));
        }

        if (tasks.StoppedByScaleIn > 0)
        {
            problems.Add(Invariant($"{tasks.StoppedByScaleIn} tasks were killed by a scale-in: their instance was terminated while they ran."));
        }

        return problems;
    }

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
