using Orchestrator.Core.Capacity;

namespace Orchestrator.Functions.Capacity;

/// <summary>State <c>PickInstancesToRetire</c> (return-to-spot): the Spot pool, the on-demand group, the
/// cluster's container instances and the hysteresis record in, a <see cref="RetirementPlan"/> out.</summary>
/// <remarks>Event: <c>{"Settings", "SpotPool", "OnDemand", "Instances": DescribeContainerInstances pages chained by Rest,
/// "Health": DynamoDB GetItem answer, "Now": "ISO 8601"}</c>.</remarks>
public static class PickInstancesToRetireFunction
{
    public static Stream PickInstancesToRetire(Stream input)
    {
        var e = FunctionInput.Read(input);
        var (settings, pool, onDemand) = PoolInputs.Read(e);
        var plan = RetirementPicker.Pick(
            settings,
            pool,
            onDemand,
            ClusterInstance.ParsePages(e.Object("Instances"), "Instances"),
            HealthRecord.Since(e.Object("Health")),
            e.Time("Now"));
        return FunctionOutput.Write(plan, CapacityJson.Default.RetirementPlan);
    }
}
