using System.Globalization;
using System.Text;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Services.Ec2;

/// <summary>Identifiers in EC2's formats (i-, r-, sfr- UUIDs, event ids) from a seeded random.</summary>
internal sealed class Ec2Ids(SeededRandom random)
{
    /// <summary>17 lowercase hex characters, as in i-0abc… and r-0abc….</summary>
    public string Hex17() => Hex(9)[..17];

    public string Uuid()
    {
        var h = Hex(16);
        return $"{h[..8]}-{h[8..12]}-{h[12..16]}-{h[16..20]}-{h[20..32]}";
    }

    private string Hex(int bytes)
    {
        var sb = new StringBuilder(bytes * 2 + 16);
        while (sb.Length < bytes * 2)
        {
            sb.Append(random.NextUInt64().ToString("x16", CultureInfo.InvariantCulture));
        }

        return sb.ToString(0, bytes * 2);
    }
}
