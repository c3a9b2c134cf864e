namespace Orchestrator.Core.Capacity;

/// <summary>
/// Decides how many on-demand instances replace a Spot instance that is being interrupted: its weight
/// in the Spot pool divided by <see cref="CapacitySettings.OnDemandUnitsPerInstance"/> (basis
/// <c>weight</c>), or its registered CPU and memory against one on-demand instance's (basis
/// <c>resources</c>), rounded up, at least one, and never above the group's MaxSize.
/// </summary>
public static class ReplacementPlanner
{
    public static ReplacementPlan Plan(CapacitySettings settings, Interruption interruption, ClusterInstance lost, SpotPool pool, OnDemandGroup group)
    {
        var wanted = settings.ReplacementBasis == "resources"
            ? Math.Max(Ceiling((double)lost.Cpu / settings.OnDemandInstanceCpu), Ceiling((double)lost.MemoryMiB / settings.OnDemandInstanceMemoryMiB))
            : Ceiling(pool.WeightOf(lost.Ec2InstanceId, lost.InstanceType) / settings.OnDemandUnitsPerInstance);
        wanted = Math.Max(1, wanted);
        var desired = Math.Min(group.DesiredCapacity + wanted, group.MaxSize);
        var added = Math.Max(0, desired - group.DesiredCapacity);
        var reason = added == wanted
            ? $"{interruption.Kind} of {lost.Ec2InstanceId}: on-demand {group.Name} {group.DesiredCapacity} → {desired}"
            : $"{interruption.Kind} of {lost.Ec2InstanceId}: wanted {wanted} on-demand, {group.Name} is capped at MaxSize {group.MaxSize} ({group.DesiredCapacity} → {Math.Max(desired, group.DesiredCapacity)})";
        var notification = new CapacityNotification("spot-interruption", interruption.Kind, lost.Ec2InstanceId, group.Name, group.DesiredCapacity, Math.Max(desired, group.DesiredCapacity), reason);
        return new ReplacementPlan(added > 0, Math.Max(desired, group.DesiredCapacity), added, wanted, reason, notification);
    }

    /// <summary>Rounds up, forgiving floating-point noise (2.0000000001 units is 2 instances).</summary>
    internal static int Ceiling(double value) => (int)Math.Ceiling(Math.Round(value, 6));
}
