namespace Orchestrator.Simulation.Services.Ec2;

/// <summary>Instance-hours and cost, per instance, for scenario reports.</summary>
public sealed partial class SimulatedEc2
{
    /// <summary>
    /// Every instance's billed hours and cost so far: per-second billing with a 60-second minimum
    /// (Linux), from <c>running</c> until it begins shutting down, at the table's hourly prices.
    /// </summary>
    public IReadOnlyList<InstanceUsage> Usage() =>
        _launchOrder.Select(i =>
        {
            var hours = i.BilledSeconds(Now) / 3600.0;
            return new InstanceUsage(i.Id, i.Type.Name, i.AvailabilityZone, i.IsSpot, hours, Math.Round((decimal)hours * i.Type.Hourly(i.IsSpot), 6));
        }).ToList();

    /// <summary>The totals of <see cref="Usage"/> by purchase option.</summary>
    public UsageSummary Summary()
    {
        var usage = Usage();
        return new UsageSummary(
            usage.Where(u => !u.IsSpot).Sum(u => u.Hours),
            usage.Where(u => !u.IsSpot).Sum(u => u.Cost),
            usage.Where(u => u.IsSpot).Sum(u => u.Hours),
            usage.Where(u => u.IsSpot).Sum(u => u.Cost));
    }
}
