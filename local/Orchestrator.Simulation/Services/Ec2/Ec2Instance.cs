using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.Ec2;

/// <summary>One simulated instance and its billing record.</summary>
internal sealed class Ec2Instance
{
    public required string Id { get; init; }

    public required string ReservationId { get; init; }

    public required InstanceTypeInfo Type { get; init; }

    public required string AvailabilityZone { get; init; }

    public required bool IsSpot { get; init; }

    public required DateTimeOffset LaunchTime { get; init; }

    public Dictionary<string, string> Tags { get; init; } = new(StringComparer.Ordinal);

    public IInstanceOwner? Owner { get; init; }

    /// <summary>pending, running, shutting-down, terminated.</summary>
    public string State { get; set; } = "pending";

    public string StateTransitionReason { get; set; } = string.Empty;

    public DateTimeOffset? RunningSince { get; set; }

    public DateTimeOffset? StoppedBillingAt { get; set; }

    public DateTimeOffset? TerminatedAt { get; set; }

    /// <summary>Set once the interruption warning went out; the termination is then scheduled.</summary>
    public DateTimeOffset? InterruptionAt { get; set; }

    public bool RebalanceSent { get; set; }

    public bool IsLive => State is "pending" or "running";

    public int StateCode => State switch
    {
        "pending" => 0,
        "running" => 16,
        "shutting-down" => 32,
        "terminated" => 48,
        "stopping" => 64,
        _ => 80,
    };

    public string Arn(string region, string account) => $"arn:aws:ec2:{region}:{account}:instance/{Id}";

    public Ec2InstanceSnapshot Snapshot() =>
        new(Id, Type.Name, AvailabilityZone, IsSpot, Type.VCpu, Type.MemoryMiB, new Dictionary<string, string>(Tags, StringComparer.Ordinal));

    /// <summary>Billed seconds until <paramref name="now"/>: running time, at least 60 s once running (per-second billing, one-minute minimum).</summary>
    public double BilledSeconds(DateTimeOffset now)
    {
        if (RunningSince is not { } start)
        {
            return 0;
        }

        var end = StoppedBillingAt ?? now;
        return Math.Max(60, (end - start).TotalSeconds);
    }

    public JsonObject StateJson() => new() { ["Code"] = StateCode, ["Name"] = State };

    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["InstanceId"] = Id,
            ["ImageId"] = "ami-0123456789abcdef0",
            ["InstanceType"] = Type.Name,
            ["LaunchTime"] = Ec2Json.Time(LaunchTime),
            ["Placement"] = new JsonObject { ["AvailabilityZone"] = AvailabilityZone, ["Tenancy"] = "default" },
            ["State"] = StateJson(),
            ["StateTransitionReason"] = StateTransitionReason,
            ["Architecture"] = "x86_64",
            ["Hypervisor"] = "xen",
            ["RootDeviceType"] = "ebs",
            ["VirtualizationType"] = "hvm",
            ["CpuOptions"] = new JsonObject { ["CoreCount"] = Math.Max(1, Type.VCpu / 2), ["ThreadsPerCore"] = Type.VCpu > 1 ? 2 : 1 },
        };
        if (IsSpot)
        {
            json["InstanceLifecycle"] = "spot";
            json["SpotInstanceRequestId"] = "sir-" + Id[2..10];
        }

        if (Tags.Count > 0)
        {
            json["Tags"] = new JsonArray(Tags.Select(t => (JsonNode)new JsonObject { ["Key"] = t.Key, ["Value"] = t.Value }).ToArray());
        }

        return json;
    }
}
