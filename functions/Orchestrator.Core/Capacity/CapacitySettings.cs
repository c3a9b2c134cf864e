namespace Orchestrator.Core.Capacity;

/// <summary>
/// The settings of the three capacity workflows (spot-interruption, capacity-backfill, return-to-spot),
/// as the stack passes them to the state machines (DefinitionSubstitutions, all strings).
/// </summary>
/// <remarks>
/// Capacity is counted in the Spot pool's units (a Spot Fleet's or a mixed group's WeightedCapacity; 1
/// per instance without weights). <see cref="OnDemandUnitsPerInstance"/> says how many of those units
/// one on-demand instance provides. Defaults are chosen for a batch cluster on per-second billing and
/// are documented in docs/CAPACITY.md.
/// </remarks>
public sealed record CapacitySettings
{
    public string Cluster { get; init; } = "";
    public string OnDemandGroupName { get; init; } = "";
    public SpotPoolKind SpotPoolKind { get; init; }

    /// <summary>The Spot Fleet request id (kind SpotFleet) or Auto Scaling group name (kind AutoScaling).</summary>
    public string SpotPoolId { get; init; } = "";

    /// <summary>weight: replace the lost instance's weight in the Spot pool; resources: its registered CPU and memory.</summary>
    public string ReplacementBasis { get; init; } = "weight";
    public double OnDemandUnitsPerInstance { get; init; } = 1;
    public int OnDemandInstanceCpu { get; init; } = 2048;
    public int OnDemandInstanceMemoryMiB { get; init; } = 8192;

    /// <summary>A rebalance recommendation drains the instance; with true it also requests a replacement at once.</summary>
    public bool ReplaceOnRebalance { get; init; }
    public int IdempotencySeconds { get; init; } = 3600;
    public int LockSeconds { get; init; } = 60;

    /// <summary>Backfill: how long to wait before re-reading a Spot pool whose target is moving.</summary>
    public int SettleSeconds { get; init; } = 60;
    public int MaxRechecks { get; init; } = 5;
    public int WaitBeforeFallbackSeconds { get; init; } = 120;

    /// <summary>Return to Spot: the pool must have been fulfilled this long before on-demand instances go.</summary>
    public int HysteresisSeconds { get; init; } = 600;
    public int OnDemandMinimum { get; init; }
    public int MinimumLifetimeSeconds { get; init; }
    public int MaxRetirePerRun { get; init; } = 2;

    /// <summary>When set, an alarm event naming another alarm is foreign (a clear failure).</summary>
    public string? AlarmName { get; init; }

    /// <summary>Parses the stack's settings, failing with every problem named.</summary>
    public static CapacitySettings Parse(IReadOnlyDictionary<string, string?> values)
    {
        var read = new SettingsProblems(values);
        // serverless.template's SpotPoolKind parameter says AutoScalingGroup; AutoScaling is the enum's own name.
        var kind = read.Choice("SpotPoolKind", "", nameof(SpotPoolKind.SpotFleet), nameof(SpotPoolKind.AutoScaling), "AutoScalingGroup");
        var isGroup = kind is nameof(SpotPoolKind.AutoScaling) or "AutoScalingGroup";
        var poolKey = isGroup ? "SpotGroupName" : "SpotFleetRequestId";
        var settings = new CapacitySettings
        {
            Cluster = read.Required("ClusterArn"),
            OnDemandGroupName = read.Required("OnDemandGroupName"),
            SpotPoolKind = isGroup ? SpotPoolKind.AutoScaling : SpotPoolKind.SpotFleet,
            SpotPoolId = read.Required(poolKey),
            ReplacementBasis = read.Choice("ReplacementBasis", "weight", "weight", "resources"),
            OnDemandUnitsPerInstance = read.Number("OnDemandUnitsPerInstance", 1, 0.001, 1000),
            OnDemandInstanceCpu = read.Whole("OnDemandInstanceCpu", 2048, 128, 1_000_000),
            OnDemandInstanceMemoryMiB = read.Whole("OnDemandInstanceMemoryMiB", 8192, 128, 100_000_000),
            ReplaceOnRebalance = read.Choice("RebalanceAction", "drain", "drain", "drain-and-replace") == "drain-and-replace",
            IdempotencySeconds = read.Whole("IdempotencySeconds", 3600, 60, 7 * 86400),
            LockSeconds = read.Whole("LockSeconds", 60, 5, 900),
            SettleSeconds = read.Whole("SettleSeconds", 60, 1, 3600),
            MaxRechecks = read.Whole("MaxRechecks", 5, 1, 100),
            WaitBeforeFallbackSeconds = read.Whole("WaitBeforeFallbackSeconds", 120, 0, 86400),
            HysteresisSeconds = read.Whole("HysteresisSeconds", 600, 0, 86400),
            OnDemandMinimum = read.Whole("OnDemandMinimum", 0, 0, 10_000),
            MinimumLifetimeSeconds = read.Whole("MinimumLifetimeSeconds", 0, 0, 86400),
            MaxRetirePerRun = read.Whole("MaxRetirePerRun", 2, 1, 10),
            AlarmName = read.Optional("AlarmName"),
        };
        read.ThrowIfAny();
        return settings;
    }
}
