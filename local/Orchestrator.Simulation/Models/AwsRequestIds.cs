using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Models;

/// <summary>Request ids in AWS's format (a lowercase UUID, as SQS, ECS and Step Functions report), drawn from the run's seeded random.</summary>
public static class AwsRequestIds
{
    /// <summary>The next request id; the same seed gives the same sequence.</summary>
    public static string Next(SeededRandom random)
    {
        var hi = random.NextUInt64();
        var lo = random.NextUInt64();
        // Version 4 / variant 1 bits, so the id looks like every other AWS request id.
        hi = (hi & 0xFFFFFFFFFFFF0FFFUL) | 0x0000000000004000UL;
        lo = (lo & 0x3FFFFFFFFFFFFFFFUL) | 0x8000000000000000UL;
        var h = hi.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
        var l = lo.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
        return $"{h[..8]}-{h[8..12]}-{h[12..16]}-{l[..4]}-{l[4..16]}";
    }
}
