using System.Globalization;

namespace Orchestrator.Core.Capacity;

/// <summary>
/// Decides whether a Spot shortfall calls for on-demand capacity. The on-demand group must hold
/// OnDemandMinimum + ceil(shortfall / OnDemandUnitsPerInstance) instances; what it already holds (earlier
/// backfills, interruption replacements) counts, so concurrent or repeated runs never buy twice.
/// </summary>
/// <remarks>
/// <para>A Spot pool whose target is moving (a Spot Fleet <c>submitted</c> or <c>modifying</c>, or a target
/// different from the previous check) is still scaling: wait SettleSeconds and look again, at most
/// MaxRechecks times, then give up without buying (the next alarm or schedule run starts over).</para>
/// <para>A steady shortfall is bought only once it has lasted WaitBeforeFallbackSeconds since this run
/// first saw it: Spot often fills within a minute or two, and an on-demand instance bought for nothing
/// runs at least until return-to-spot's hysteresis has passed.</para>
/// </remarks>
public static class BackfillPlanner
{
    public static BackfillPlan Plan(CapacitySettings settings, SpotPool pool, OnDemandGroup group, BackfillObservation seen, DateTimeOffset now)
    {
        var needed = settings.OnDemandMinimum + ReplacementPlanner.Ceiling(pool.Shortfall / settings.OnDemandUnitsPerInstance);
        var shortfall = pool.Shortfall;
        if (shortfall <= 0)
        {
            return End("covered", $"Spot pool {pool.Id} is fulfilled ({Units(pool.Fulfilled)}/{Units(pool.Target)})");
        }

        if (group.DesiredCapacity >= needed)
        {
            return End("covered", $"shortfall {Units(shortfall)} is covered: {group.Name} already wants {group.DesiredCapacity} (needs {needed})");
        }

        var first = seen.FirstShortfallAt is not { } text ? now
            : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed
            : throw new InvalidInputException($"Observation: 'FirstShortfallAt' is not an ISO 8601 timestamp: '{text}'.");
        var moving = pool.Moving || (seen.LastTarget is { } last && last != pool.Target);
        var next = new BackfillObservation(seen.Checks + 1, first.ToString("O", CultureInfo.InvariantCulture), pool.Target);
        if (moving)
        {
            return seen.Checks >= settings.MaxRechecks
                ? End("still-scaling", $"Spot pool {pool.Id} kept changing its target through {settings.MaxRechecks} re-checks: nothing bought")
                : Wait(settings.SettleSeconds, $"Spot pool {pool.Id} is still scaling (target {Units(pool.Target)}, state {pool.State}): re-check in {settings.SettleSeconds} s");
        }

        var remaining = (int)Math.Ceiling((first + TimeSpan.FromSeconds(settings.WaitBeforeFallbackSeconds) - now).TotalSeconds);
        if (remaining > 0)
        {
            return seen.Checks >= settings.MaxRechecks
                ? End("still-scaling", $"shortfall {Units(shortfall)} not yet {settings.WaitBeforeFallbackSeconds} s old after {settings.MaxRechecks} re-checks: nothing bought")
                : Wait(remaining, $"shortfall {Units(shortfall)} in {pool.Id}: waiting {remaining} s before falling back to on-demand");
        }

        var desired = Math.Min(needed, group.MaxSize);
        if (desired <= group.DesiredCapacity)
        {
            return End("at-maximum", $"shortfall {Units(shortfall)} needs {needed} on-demand but {group.Name} is at MaxSize {group.MaxSize}");
        }

        var reason = $"shortfall {Units(shortfall)} in {pool.Id} for {(int)(now - first).TotalSeconds} s: {group.Name} {group.DesiredCapacity} → {desired}"
            + (desired < needed ? $" (capped at MaxSize, needs {needed})" : "");
        return new BackfillPlan("raise", 0, desired, desired - group.DesiredCapacity, shortfall, next, LockRequest.For(group.Name, now, settings.LockSeconds), reason,
            new CapacityNotification("capacity-backfill", "shortfall", null, group.Name, group.DesiredCapacity, desired, reason));

        BackfillPlan End(string action, string why) =>
            new(action, 0, group.DesiredCapacity, 0, shortfall, seen, LockRequest.For(group.Name, now, settings.LockSeconds), why, null);

        BackfillPlan Wait(int seconds, string why) =>
            new("wait", seconds, group.DesiredCapacity, 0, shortfall, next, LockRequest.For(group.Name, now + TimeSpan.FromSeconds(seconds), settings.LockSeconds), why, null);
    }

    private static string Units(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
