using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.DynamoDb;

/// <summary>Time to live: UpdateTimeToLive and DescribeTimeToLive.</summary>
public sealed partial class SimulatedDynamoDb
{
    private JsonObject UpdateTimeToLive(JsonObject request)
    {
        var table = Table(request);
        var spec = request["TimeToLiveSpecification"]!.AsObject();
        var enabled = spec["Enabled"]!.GetValue<bool>();
        var attribute = spec["AttributeName"]!.GetValue<string>();
        if (enabled && table.TtlAttribute is not null)
        {
            throw DynamoDbErrors.Validation("TimeToLive is already enabled");
        }

        if (!enabled && table.TtlAttribute is null)
        {
            throw DynamoDbErrors.Validation("TimeToLive is already disabled");
        }

        // AWS takes up to an hour to apply the change; the simulation applies it at once.
        table.TtlAttribute = enabled ? attribute : null;
        SweepExpired(table);
        return new JsonObject { ["TimeToLiveSpecification"] = spec.DeepClone() };
    }

    private JsonObject DescribeTimeToLive(JsonObject request)
    {
        var table = Table(request);
        var description = new JsonObject { ["TimeToLiveStatus"] = table.TtlAttribute is null ? "DISABLED" : "ENABLED" };
        if (table.TtlAttribute is { } attribute)
        {
            description["AttributeName"] = attribute;
        }

        return new JsonObject { ["TimeToLiveDescription"] = description };
    }
}
