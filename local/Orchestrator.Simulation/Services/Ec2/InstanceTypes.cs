namespace Orchestrator.Simulation.Services.Ec2;

/// <summary>The instance types the simulated EC2 knows, with sizes and prices.</summary>
/// <remarks>
/// Sizes are AWS's published specifications. On-demand prices are the us-east-1 Linux list prices
/// (aws.amazon.com/ec2/pricing/on-demand, as published through 2024–2025; unchanged for these
/// types for years). Spot prices are APPROXIMATE typical us-east-1 values read from the Spot price
/// history (aws.amazon.com/ec2/spot/pricing) in 2025 — Spot prices move by hour and by zone, so
/// treat them as representative, not exact. A scenario can add or override types.
/// </remarks>
public static class InstanceTypes
{
    /// <summary>The built-in table, keyed by name.</summary>
    public static IReadOnlyDictionary<string, InstanceTypeInfo> Default { get; } = new Dictionary<string, InstanceTypeInfo>(StringComparer.Ordinal)
    {
        ["m5.large"] = new("m5.large", 2, 8192, 0.096m, 0.035m),
        ["m5.xlarge"] = new("m5.xlarge", 4, 16384, 0.192m, 0.070m),
        ["m5.2xlarge"] = new("m5.2xlarge", 8, 32768, 0.384m, 0.140m),
        ["m5.4xlarge"] = new("m5.4xlarge", 16, 65536, 0.768m, 0.290m),
        ["m6i.large"] = new("m6i.large", 2, 8192, 0.096m, 0.037m),
        ["m6i.xlarge"] = new("m6i.xlarge", 4, 16384, 0.192m, 0.074m),
        ["m6i.2xlarge"] = new("m6i.2xlarge", 8, 32768, 0.384m, 0.150m),
        ["c5.large"] = new("c5.large", 2, 4096, 0.085m, 0.032m),
        ["c5.xlarge"] = new("c5.xlarge", 4, 8192, 0.170m, 0.064m),
        ["c5.2xlarge"] = new("c5.2xlarge", 8, 16384, 0.340m, 0.130m),
        ["c6i.large"] = new("c6i.large", 2, 4096, 0.085m, 0.034m),
        ["c6i.xlarge"] = new("c6i.xlarge", 4, 8192, 0.170m, 0.068m),
        ["r5.large"] = new("r5.large", 2, 16384, 0.126m, 0.040m),
        ["r5.xlarge"] = new("r5.xlarge", 4, 32768, 0.252m, 0.080m),
        ["t3.medium"] = new("t3.medium", 2, 4096, 0.0416m, 0.0125m),
        ["t3.large"] = new("t3.large", 2, 8192, 0.0832m, 0.025m),
        ["t3.xlarge"] = new("t3.xlarge", 4, 16384, 0.1664m, 0.050m),
    };
}
