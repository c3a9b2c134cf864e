namespace Orchestrator.Simulation.Services.Ec2;

/// <summary>
/// Orders candidate pools by an allocation strategy (Spot Fleet's camelCase names and Auto Scaling's
/// kebab-case names both accepted). The first pool with capacity is used.
/// </summary>
/// <remarks>
/// What is modelled of AWS's strategies (EC2 User Guide, "Allocation strategies for Spot Instances"):
/// lowestPrice — cheapest price per capacity unit first; diversified — the pool with the fewest of the
/// owner's instances first; capacityOptimized — pools with the most available capacity first (here:
/// Available, then Scarce by probability, then Gone), ties in listed order; capacityOptimizedPrioritized
/// — capacity first, then Priority; priceCapacityOptimized — capacity first, then price. On-demand:
/// lowestPrice by on-demand price, prioritized by Priority then listed order.
/// </remarks>
internal static class PoolChooser
{
    public static IEnumerable<LaunchPool> Order(IReadOnlyList<LaunchPool> pools, string strategy, bool spot, SimulatedEc2 ec2, Func<LaunchPool, int> ownedInPool)
    {
        var key = strategy.Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        if (!spot)
        {
            return key == "LOWESTPRICE"
                ? pools.OrderBy(p => p.PricePerUnit(false)).ThenBy(p => p.Index)
                : pools.OrderBy(p => p.Priority).ThenBy(p => p.Index);
        }

        double Capacity(LaunchPool p) => ec2.SpotCapacity(p.Type.Name, p.AvailabilityZone) switch
        {
            SpotCapacityState.Available => 0,
            SpotCapacityState.Gone => 2,
            _ => 1,
        };

        return key switch
        {
            "DIVERSIFIED" => pools.OrderBy(ownedInPool).ThenBy(p => p.Index),
            "CAPACITYOPTIMIZED" => pools.OrderBy(Capacity).ThenBy(p => p.Index),
            "CAPACITYOPTIMIZEDPRIORITIZED" => pools.OrderBy(Capacity).ThenBy(p => p.Priority).ThenBy(p => p.Index),
            "PRICECAPACITYOPTIMIZED" => pools.OrderBy(Capacity).ThenBy(p => p.PricePerUnit(true)).ThenBy(p => p.Index),
            _ => pools.OrderBy(p => p.PricePerUnit(true)).ThenBy(p => p.Index),
        };
    }
}
