namespace Orchestrator.Core.QueueDrain;

/// <summary>
/// Splits one receive's messages into the parts a lane runs one after the other, so that a message
/// that already failed cannot fail innocent companions again.
/// </summary>
/// <remarks>
/// <para>A message whose ApproximateReceiveCount is above 1 is a suspect: its last task failed, timed
/// out, was reclaimed, or never reported. Fresh messages (first receive) stay together in the first
/// part. Each suspect runs in a part of its own, the most-received first. So a poison message fails
/// only its own task from its second receive on, and SQS dead-letters it alone after maxReceiveCount
/// receives; an innocent companion of its first failure succeeds on its next, solitary, run.</para>
/// <para>When fewer parts are allowed than that (the lane's history budget, or SQS's 12-hour
/// visibility limit), the least-received suspects share the last part; with one part allowed the
/// whole receive runs together, as it did before isolation. A suspect that was merely unlucky costs
/// one task of its own, which is cheaper than sharing the next failure with nine others.</para>
/// <para>The worker needs no contract for this: isolation uses only SQS's receive count.</para>
/// </remarks>
public static class SuspectIsolation
{
    /// <summary>SQS's limit on a message's visibility: "you can't extend the timeout of a message … to
    /// more than a total visibility timeout of 12 hours" (ChangeMessageVisibility API reference).</summary>
    public const int SqsMaxVisibilitySeconds = 43_200;

    /// <summary>How many parts one receive may be split into: what the lane has left of its batch
    /// budget, at least 1, and no more than fit in 12 hours when every part takes the whole visibility
    /// timeout (each held part's visibility is renewed to the full timeout when the part before it ends).</summary>
    public static int MaxParts(DrainSettings settings, int partsLeft) =>
        Math.Clamp(partsLeft, 1, Math.Max(1, SqsMaxVisibilitySeconds / Math.Max(1, settings.VisibilityTimeoutSeconds)));

    /// <summary>The indices of <paramref name="receiveCounts"/> in each part, in running order.</summary>
    /// <param name="receiveCounts">Each message's ApproximateReceiveCount, in receive order.</param>
    /// <param name="maxParts">At least 1.</param>
    public static IReadOnlyList<IReadOnlyList<int>> Split(IReadOnlyList<int> receiveCounts, int maxParts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxParts, 1);
        var all = Enumerable.Range(0, receiveCounts.Count).ToList();
        var fresh = all.Where(i => receiveCounts[i] <= 1).ToList();
        var suspects = all.Where(i => receiveCounts[i] > 1).OrderByDescending(i => receiveCounts[i]).ToList();
        if (suspects.Count == 0)
        {
            return fresh.Count == 0 ? [] : [fresh];
        }

        var slots = maxParts - (fresh.Count > 0 ? 1 : 0);
        if (slots <= 0)
        {
            return [all];
        }

        var parts = new List<IReadOnlyList<int>>();
        if (fresh.Count > 0)
        {
            parts.Add(fresh);
        }

        var alone = suspects.Count <= slots ? suspects.Count : slots - 1;
        parts.AddRange(suspects.Take(alone).Select(i => (IReadOnlyList<int>)[i]));
        if (alone < suspects.Count)
        {
            parts.Add([.. suspects.Skip(alone).Order()]);
        }

        return parts;
    }
}
