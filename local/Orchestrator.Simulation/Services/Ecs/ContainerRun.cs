using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.Ecs;

/// <summary>One container of a running or stopped task.</summary>
internal sealed class ContainerRun(ContainerSpec spec, string arn)
{
    public ContainerSpec Spec { get; } = spec;

    public string Arn { get; } = arn;

    public string LastStatus { get; set; } = "PENDING";

    public int? ExitCode { get; set; }

    public string? Reason { get; set; }

    public JsonObject ToJson(string taskArn)
    {
        var json = new JsonObject
        {
            ["containerArn"] = Arn,
            ["taskArn"] = taskArn,
            ["name"] = Spec.Name,
            ["lastStatus"] = LastStatus,
            ["networkBindings"] = new JsonArray(),
            ["networkInterfaces"] = new JsonArray(),
            ["cpu"] = EcsJson.Number(Spec.Cpu),
        };
        if (Spec.Memory > 0)
        {
            json["memory"] = EcsJson.Number(Spec.Memory);
        }

        EcsJson.Put(json, "exitCode", ExitCode is { } code ? JsonValue.Create(code) : null);
        EcsJson.Put(json, "reason", Reason is { } reason ? JsonValue.Create(reason) : null);
        return json;
    }
}
