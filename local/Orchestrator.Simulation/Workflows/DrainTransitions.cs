using Orchestrator.States.Execution;

namespace Orchestrator.Simulation.Workflows;

/// <summary>
/// What the queue drain's batches cost in Step Functions state transitions (what AWS bills a
/// Standard workflow for), measured from real execution histories of
/// <c>statemachines/queue-drain-lane.asl.json</c>, for tests and for a run summary.
/// </summary>
/// <remarks>A lane's history is cut at every receive state it enters (ReceiveMessages, or the
/// ReceiveBatch Map for BatchSize over 10): each piece is one receive's batch with everything up to
/// the next receive (held parts included), so its StateEntered events are the transitions that batch
/// cost. Retries of a state are transitions too (<see cref="Execution.StateTransitions"/>) but record no
/// StateEntered event; they are not part of a successful batch's path.</remarks>
public static class DrainTransitions
{
    /// <summary>The lane's receive states, where a batch's path starts.</summary>
    public static IReadOnlySet<string> ReceiveStates { get; } = new HashSet<string>(StringComparer.Ordinal) { "ReceiveMessages", "ReceiveBatch" };

    /// <summary>States entered per batch that ran a task and was deleted, with no RunTask retry, no
    /// return and no held part: the successful batch's path, lane by lane.</summary>
    public static IReadOnlyList<int> PerSuccessfulBatch(IEnumerable<Execution> lanes) =>
        [.. lanes.SelectMany(Batches).Where(IsPlainSuccess).Select(b => b.Count)];

    /// <summary>All state transitions of the given executions (drains and lanes) per batch their
    /// lanes deleted; 0 when none was. This is the drain's whole orchestration cost per batch,
    /// planning cycles and empty final receives included.</summary>
    public static double OverallPerDeletedBatch(IEnumerable<Execution> executions)
    {
        var list = executions.ToList();
        var succeeded = list.Sum(e => e.Output?["Stats"]?["Succeeded"]?.GetValue<int>() ?? 0);
        return succeeded == 0 ? 0 : (double)list.Sum(e => e.StateTransitions) / succeeded;
    }

    private static IEnumerable<List<string>> Batches(Execution lane)
    {
        List<string>? current = null;
        foreach (var e in lane.History.Where(e => e.Type.EndsWith("StateEntered", StringComparison.Ordinal)))
        {
            if (ReceiveStates.Contains(e.Name!))
            {
                if (current is not null)
                {
                    yield return current;
                }

                current = [];
            }

            current?.Add(e.Name!);
        }

        if (current is not null)
        {
            yield return current;
        }
    }

    private static bool IsPlainSuccess(List<string> states) =>
        states.Count(s => s == "RunBatchTask") == 1
        && (states.Contains("DeleteMessages") || states.Contains("DeleteBatch"))
        && !states.Contains("ReturnBatch") && !states.Contains("WaitBeforeRetry") && !states.Contains("TakePart");
}
