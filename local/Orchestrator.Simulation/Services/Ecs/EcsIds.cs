using System.Globalization;
using System.Text;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Services.Ecs;

/// <summary>Identifiers in ECS's formats, drawn from a seeded random so a run names everything the same way.</summary>
internal sealed class EcsIds(SeededRandom random, EcsOptions options)
{
    /// <summary>A 32-character lowercase hex id, as task and container-instance ids are.</summary>
    public string Hex32() => Hex(16);

    /// <summary>A UUID-formatted id (container ARNs).</summary>
    public string Uuid()
    {
        var h = Hex(16);
        return $"{h[..8]}-{h[8..12]}-{h[12..16]}-{h[16..20]}-{h[20..]}";
    }

    /// <summary>A 19-digit number, as in a service task's startedBy "ecs-svc/…".</summary>
    public string Digits19() => (random.NextUInt64() % 9_000_000_000_000_000_000UL + 1_000_000_000_000_000_000UL).ToString(CultureInfo.InvariantCulture);

    /// <summary>arn:aws:ecs:region:account:<paramref name="resource"/>.</summary>
    public string Arn(string resource) => $"arn:aws:ecs:{options.Region}:{options.AccountId}:{resource}";

    private string Hex(int bytes)
    {
        var sb = new StringBuilder(bytes * 2);
        for (var i = 0; i < bytes; i += 8)
        {
            sb.Append(random.NextUInt64().ToString("x16", CultureInfo.InvariantCulture));
        }

        return sb.ToString(0, bytes * 2);
    }
}
