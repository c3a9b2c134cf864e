using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.Sqs;

/// <summary>
/// Long polling on virtual time: a ReceiveMessage with WaitTimeSeconds &gt; 0 and nothing to receive
/// waits until a message becomes receivable (sent, delay over, visibility timeout over, returned,
/// dead-lettered in) or the wait ends, then answers ("Amazon SQS short and long polling": long
/// polling returns as soon as a message is available, or an empty response when the wait expires).
/// </summary>
/// <remarks>
/// Waiters are served in arrival order from scheduler events, never inline in the call that made a
/// message available. Wake-ups are scheduled only while someone waits, at the next time a message
/// changes state, so an idle queue leaves no events behind.
/// </remarks>
public sealed partial class SimulatedSqs
{
    private Task<JsonNode> ReceiveOrWait(ReceiveParameters p)
    {
        var immediate = ReceiveNow(p, countEmpty: p.WaitTimeSeconds == 0);
        if (immediate.ContainsKey("Messages") || p.WaitTimeSeconds == 0)
        {
            return Task.FromResult<JsonNode>(immediate);
        }

        var waiter = new LongPollWaiter(p);
        p.Queue.Waiters.Add(waiter);
        waiter.Deadline = _scheduler.Schedule(TimeSpan.FromSeconds(p.WaitTimeSeconds), () =>
        {
            p.Queue.EmptyReceivesInPeriod++;
            _metrics?.Touch();
            FinishWaiter(waiter, new JsonObject());
        });
        ScheduleWake(p.Queue);
        return waiter.Completion.Task;
    }

    /// <summary>Something may have become receivable now: serve waiters from a scheduler event at the current time.</summary>
    private void Poke(SqsQueue queue)
    {
        if (queue.Waiters.Count == 0)
        {
            return;
        }

        if (queue.Wake is { IsCancelled: false, HasRun: false } pending && pending.Due <= _scheduler.Now)
        {
            return;
        }

        queue.Wake?.Cancel();
        queue.Wake = _scheduler.Schedule(TimeSpan.Zero, () => ServeWaiters(queue));
    }

    private void ServeWaiters(SqsQueue queue)
    {
        queue.Wake = null;
        Sweep(queue);
        foreach (var waiter in queue.Waiters.ToList())
        {
            if (!queue.Messages.Any(m => m.IsVisible(_scheduler.Now)))
            {
                break;
            }

            var result = ReceiveNow(waiter.Parameters, countEmpty: false);
            if (result.ContainsKey("Messages"))
            {
                _metrics?.Touch();
                FinishWaiter(waiter, result);
            }
        }

        ScheduleWake(queue);
    }

    /// <summary>While someone waits, wake at the next time a message of the queue changes state.</summary>
    private void ScheduleWake(SqsQueue queue)
    {
        if (queue.Waiters.Count == 0)
        {
            return;
        }

        var now = _scheduler.Now;
        var next = queue.Messages.Where(m => m.VisibleAt > now).Select(m => (DateTimeOffset?)m.VisibleAt).Min();
        if (next is not { } due || (queue.Wake is { IsCancelled: false, HasRun: false } pending && pending.Due <= due))
        {
            return;
        }

        queue.Wake?.Cancel();
        queue.Wake = _scheduler.ScheduleAt(due, () => ServeWaiters(queue));
    }

    private static void FinishWaiter(LongPollWaiter waiter, JsonObject result)
    {
        var queue = waiter.Parameters.Queue;
        queue.Waiters.Remove(waiter);
        waiter.Deadline?.Cancel();
        if (queue.Waiters.Count == 0)
        {
            queue.Wake?.Cancel(); // nobody waits: leave no wake-up behind
            queue.Wake = null;
        }

        waiter.Completion.TrySetResult(result);
    }
}
