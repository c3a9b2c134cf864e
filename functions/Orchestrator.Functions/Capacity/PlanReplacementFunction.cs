using Orchestrator.Core;
using Orchestrator.Core.Capacity;

namespace Orchestrator.Functions.Capacity;

/// <summary>State <c>PlanReplacement</c> (spot-interruption): the drained container instance, the Spot pool
/// and the on-demand group in, a <see cref="ReplacementPlan"/> out.</summary>
/// <remarks>Event: <c>{"Settings", "Interruption", "Drained": UpdateContainerInstancesState answer,
/// "SpotPool": DescribeSpotFleetRequests or DescribeAutoScalingGroups answer, "OnDemand": DescribeAutoScalingGroups answer}</c>.</remarks>
public static class PlanReplacementFunction
{
    public static Stream PlanReplacement(Stream input)
    {
        var e = FunctionInput.Read(input);
        var (settings, pool, onDemand) = PoolInputs.Read(e);
        var drained = ClusterInstance.ParseAll(e.Object("Drained"), "Drained");
        var lost = drained.Count > 0 ? drained[0]
            : throw new InvalidInputException($"Drained: no container instance in the answer (failures: {e.Object("Drained")["Failures"]?.ToJsonString() ?? "none"}).");
        var plan = ReplacementPlanner.Plan(settings, e.Get("Interruption", CapacityJson.Default.Interruption), lost, pool, onDemand);
        return FunctionOutput.Write(plan, CapacityJson.Default.ReplacementPlan);
    }
}
