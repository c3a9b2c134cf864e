namespace Orchestrator.Core.Capacity;

/// <summary>
/// Picks the on-demand instances to give back once Spot has recovered. The pool must be healthy
/// (fulfilled, not scaling, no Spot instance draining after an interruption) for HysteresisSeconds; then
/// at most MaxRetirePerRun on-demand instances are retired at a time, never below
/// max(OnDemandMinimum, MinSize), never one younger than MinimumLifetimeSeconds or protected from
/// scale-in. A retired instance is first set DRAINING; it is terminated only in a later run that finds
/// it DRAINING with no running or pending task, so no task is ever stopped by the scale-in.
/// </summary>
/// <remarks>
/// Preference: instances already draining, then the fewest tasks, then the longest registered (ties by
/// ARN, so the choice is deterministic). Terminating only instances already DRAINING when they were
/// described means no task can have been placed on them since (ECS places nothing on a DRAINING
/// instance). Whenever nothing is to retire (pool unhealthy, or healthy for less than the hysteresis), or more
/// are draining than may retire, the draining on-demand instances are set back to ACTIVE: on-demand capacity
/// is never reclaimed by EC2, so a DRAINING one is taken to be ours.
/// </remarks>
public static class RetirementPicker
{
    public static RetirementPlan Pick(CapacitySettings settings, SpotPool pool, OnDemandGroup group, IReadOnlyList<ClusterInstance> instances, DateTimeOffset? healthySince, DateTimeOffset now)
    {
        var members = group.Members.Where(m => m.LifecycleState == "InService").ToDictionary(m => m.InstanceId, StringComparer.Ordinal);
        var onDemand = instances.Where(i => members.ContainsKey(i.Ec2InstanceId) && i.Status is "ACTIVE" or "DRAINING").ToList();
        var allOnDemand = group.Members.Select(m => m.InstanceId).ToHashSet(StringComparer.Ordinal);
        var spotDraining = instances.Count(i => !allOnDemand.Contains(i.Ec2InstanceId) && i.Status == "DRAINING");
        var draining = onDemand.Where(i => i.Status == "DRAINING").Select(i => i.Arn).ToList();
        var healthy = !pool.Moving && pool.Shortfall <= 0 && spotDraining == 0;
        if (!healthy)
        {
            var why = pool.Moving ? $"Spot pool {pool.Id} is {pool.State}"
                : pool.Shortfall > 0 ? $"Spot pool {pool.Id} is short of {pool.Shortfall} units"
                : $"{spotDraining} Spot instance(s) are draining";
            return Plan(false, healthySince is null ? "keep" : "clear", null, [], draining, [], why + ": keeping on-demand");
        }

        var since = healthySince ?? now;
        var hysteresis = healthySince is null ? "start" : "keep";
        var healthyFor = (now - since).TotalSeconds;
        if (healthyFor < settings.HysteresisSeconds)
        {
            return Plan(true, hysteresis, since, [], draining, [], $"Spot pool {pool.Id} fulfilled for {(int)healthyFor} s of {settings.HysteresisSeconds} s");
        }

        var floor = Math.Max(settings.OnDemandMinimum, group.MinSize);
        var allowed = Math.Min(settings.MaxRetirePerRun, Math.Max(0, group.DesiredCapacity - floor));
        var chosen = onDemand
            .Where(i => i.Status == "DRAINING"
                || (!members[i.Ec2InstanceId].ProtectedFromScaleIn
                    && (i.RegisteredAt is not { } at || (now - at).TotalSeconds >= settings.MinimumLifetimeSeconds)))
            .OrderBy(i => i.Status == "DRAINING" ? 0 : 1)
            .ThenBy(i => i.Tasks)
            .ThenBy(i => i.RegisteredAt ?? DateTimeOffset.MinValue)
            .ThenBy(i => i.Arn, StringComparer.Ordinal)
            .Take(allowed)
            .ToList();
        var terminate = chosen.Where(i => i.Status == "DRAINING" && i.Tasks == 0).Select(i => i.Ec2InstanceId).ToList();
        var drain = chosen.Where(i => i.Status == "ACTIVE").Select(i => i.Arn).ToList();
        var reactivate = draining.Except(chosen.Select(i => i.Arn), StringComparer.Ordinal).ToList();
        var reason = $"Spot pool {pool.Id} fulfilled for {(int)healthyFor} s: draining {drain.Count}, terminating {terminate.Count} of {onDemand.Count} on-demand (floor {floor})";
        var notification = terminate.Count == 0 ? null
            : new CapacityNotification("return-to-spot", "retire", string.Join(",", terminate), group.Name, group.DesiredCapacity, group.DesiredCapacity - terminate.Count, reason);
        return Plan(true, hysteresis, since, drain, reactivate, terminate, reason, notification);

        RetirementPlan Plan(bool ok, string record, DateTimeOffset? at, IReadOnlyList<string> toDrain, IReadOnlyList<string> toReactivate, IReadOnlyList<string> toTerminate, string why, CapacityNotification? note = null) =>
            new(ok, record, at is { } t ? AnswerJson.Epoch(t) : 0, toDrain, toReactivate, toTerminate, why, note);
    }
}
