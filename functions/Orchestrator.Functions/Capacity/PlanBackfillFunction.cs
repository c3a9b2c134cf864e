using Orchestrator.Core.Capacity;

namespace Orchestrator.Functions.Capacity;

/// <summary>State <c>PlanBackfill</c> (capacity-backfill): the Spot pool, the on-demand group and what
/// earlier checks saw in, a <see cref="BackfillPlan"/> out.</summary>
/// <remarks>Event: <c>{"Settings", "SpotPool": describe answer, "OnDemand": DescribeAutoScalingGroups answer,
/// "Observation", "Now": "ISO 8601"}</c>.</remarks>
public static class PlanBackfillFunction
{
    public static Stream PlanBackfill(Stream input)
    {
        var e = FunctionInput.Read(input);
        var (settings, pool, onDemand) = PoolInputs.Read(e);
        var plan = BackfillPlanner.Plan(settings, pool, onDemand, e.Get("Observation", CapacityJson.Default.BackfillObservation), e.Time("Now"));
        return FunctionOutput.Write(plan, CapacityJson.Default.BackfillPlan);
    }
}
