using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.Ecs;

/// <summary>An EC2 instance registered to a cluster as a container instance.</summary>
internal sealed class ContainerInstanceState
{
    public required string Arn { get; init; }

    public required string Ec2InstanceId { get; init; }

    /// <summary>The Auto Scaling group capacity provider it belongs to, or "" for none.</summary>
    public required string CapacityProviderName { get; init; }

    public required int Cpu { get; init; }

    public required int Memory { get; init; }

    public required IReadOnlyDictionary<string, string> Attributes { get; init; }

    public required DateTimeOffset RegisteredAt { get; init; }

    /// <summary>ACTIVE, DRAINING or (after its EC2 instance is gone) INACTIVE.</summary>
    public string Status { get; set; } = "ACTIVE";

    public long Version { get; set; } = 1;

    /// <summary>Tasks placed here that are not yet STOPPED.</summary>
    public List<TaskState> Tasks { get; } = [];

    public int RemainingCpu => Cpu - Tasks.Sum(t => t.Definition.Cpu);

    public int RemainingMemory => Memory - Tasks.Sum(t => t.Definition.Memory);

    public JsonObject ToJson()
    {
        var attributes = new JsonArray();
        foreach (var (name, value) in Attributes)
        {
            attributes.Add(new JsonObject { ["name"] = name, ["value"] = value });
        }

        var json = new JsonObject
        {
            ["containerInstanceArn"] = Arn,
            ["ec2InstanceId"] = Ec2InstanceId,
            ["version"] = Version,
            ["remainingResources"] = Resources(RemainingCpu, RemainingMemory),
            ["registeredResources"] = Resources(Cpu, Memory),
            ["status"] = Status,
            ["agentConnected"] = Status != "INACTIVE",
            ["runningTasksCount"] = Tasks.Count(t => t.LastStatus == "RUNNING"),
            ["pendingTasksCount"] = Tasks.Count(t => t.LastStatus is "PENDING" or "PROVISIONING"),
            ["attributes"] = attributes,
            ["registeredAt"] = EcsJson.Time(RegisteredAt),
        };
        if (CapacityProviderName.Length > 0)
        {
            json["capacityProviderName"] = CapacityProviderName;
        }

        return json;
    }

    private static JsonArray Resources(int cpu, int memory) =>
    [
        new JsonObject { ["name"] = "CPU", ["type"] = "INTEGER", ["doubleValue"] = 0.0, ["longValue"] = 0, ["integerValue"] = cpu },
        new JsonObject { ["name"] = "MEMORY", ["type"] = "INTEGER", ["doubleValue"] = 0.0, ["longValue"] = 0, ["integerValue"] = memory },
        new JsonObject { ["name"] = "PORTS", ["type"] = "STRINGSET", ["doubleValue"] = 0.0, ["longValue"] = 0, ["integerValue"] = 0, ["stringSetValue"] = new JsonArray() },
    ];
}
