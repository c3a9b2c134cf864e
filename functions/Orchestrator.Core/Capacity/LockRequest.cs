namespace Orchestrator.Core.Capacity;

/// <summary>
/// The DynamoDB item that serializes changes to the on-demand group's desired capacity
/// (<c>Id = lock#&lt;group&gt;</c>): SetDesiredCapacity sets an absolute value, so two workflows that
/// read the same desired capacity and each add to it would otherwise lose one addition.
/// </summary>
/// <param name="Key">The item's Id.</param>
/// <param name="Now">Epoch seconds compared with a held lock's expiry (an expired lock may be taken).</param>
/// <param name="ExpiresAt">Epoch seconds after which a lock left by a crashed execution is free again.</param>
public sealed record LockRequest(string Key, long Now, long ExpiresAt)
{
    /// <summary>The lock on <paramref name="group"/>'s desired capacity, held from <paramref name="at"/> for <paramref name="seconds"/>.</summary>
    public static LockRequest For(string group, DateTimeOffset at, int seconds) =>
        new($"lock#{group}", AnswerJson.Epoch(at), AnswerJson.Epoch(at) + seconds);
}
