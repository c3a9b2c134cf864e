using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Services.AutoScaling;

/// <summary>
/// Which instance a group terminates on scale-in: the default termination policy as far as it applies
/// here (Auto Scaling User Guide, "Default termination policy").
/// </summary>
/// <remarks>
/// Only unprotected instances are candidates. Then: the Availability Zone with the most instances;
/// for a mixed instances policy, the purchase option (on-demand or Spot) that is above its target
/// share; then the instance closest to the next billing hour; remaining ties by the seeded random.
/// Launch template versions are not modelled (AWS's "oldest launch template" step).
/// </remarks>
internal static class TerminationPolicy
{
    public static GroupInstance? Pick(AutoScalingGroupState group, DateTimeOffset now, SeededRandom random)
    {
        var candidates = group.Instances.Where(i => i.Counts && !i.Protected).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var busiest = candidates.GroupBy(i => i.Instance.AvailabilityZone)
            .OrderByDescending(g => group.Instances.Count(i => i.Counts && i.Instance.AvailabilityZone == g.Key))
            .ThenBy(g => group.Zones.ToList().IndexOf(g.Key)).First().ToList();
        if (group.Mixed)
        {
            var onDemandExcess = group.Units(false) > group.Distribution.OnDemandUnits(group.DesiredCapacity);
            var sameOption = busiest.Where(i => i.Instance.IsSpot != onDemandExcess).ToList();
            if (sameOption.Count > 0)
            {
                busiest = sameOption;
            }
        }

        var closest = busiest.Max(i => (now - i.Instance.LaunchTime).Ticks % TimeSpan.TicksPerHour);
        var ties = busiest.Where(i => (now - i.Instance.LaunchTime).Ticks % TimeSpan.TicksPerHour == closest).ToList();
        return ties.Count == 1 ? ties[0] : ties[random.Next(0, ties.Count)];
    }
}
