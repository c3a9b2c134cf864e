using System.Globalization;
using Orchestrator.Core.Capacity;
using Orchestrator.Simulation.Account;

namespace Orchestrator.Simulation.Capacity;

/// <summary>The capacity workflows' stack parameters, as a user sets them in serverless.template.</summary>
/// <remarks>Defaults are <see cref="CapacitySettings"/>'s, so a test states only what it changes.
/// <see cref="SpotPoolId"/> names the user's existing Spot Fleet request or Spot Auto Scaling group.</remarks>
public sealed record CapacityStack
{
    private static readonly CapacitySettings Defaults = new();

    public string Cluster { get; init; } = "batch";
    public string OnDemandGroupName { get; init; } = "batch-on-demand";
    public SpotPoolKind SpotPoolKind { get; init; } = SpotPoolKind.SpotFleet;
    public string SpotPoolId { get; init; } = "";
    public string IdempotencyTable { get; init; } = "orchestrator-capacity";
    public string NotificationTopicName { get; init; } = "orchestrator-capacity";
    public string AlarmName { get; init; } = "orchestrator-spot-pending-capacity";

    /// <summary>The topic the PendingCapacity alarm notifies (kept apart from the workflows' own notifications).</summary>
    public string AlarmTopicName { get; init; } = "orchestrator-capacity-alarms";

    /// <summary>How the alarm starts capacity-backfill: <c>eventbridge</c> (a rule on "CloudWatch Alarm State
    /// Change") or <c>sns-pipe</c> (the alarm's SNS topic → an SQS queue → an EventBridge Pipe, BatchSize 1).</summary>
    public string AlarmDelivery { get; init; } = "eventbridge";
    public string ReplacementBasis { get; init; } = Defaults.ReplacementBasis;
    public double OnDemandUnitsPerInstance { get; init; } = Defaults.OnDemandUnitsPerInstance;
    public string RebalanceAction { get; init; } = "drain";
    public int SettleSeconds { get; init; } = Defaults.SettleSeconds;
    public int MaxRechecks { get; init; } = Defaults.MaxRechecks;
    public int WaitBeforeFallbackSeconds { get; init; } = Defaults.WaitBeforeFallbackSeconds;
    public int HysteresisSeconds { get; init; } = Defaults.HysteresisSeconds;
    public int OnDemandMinimum { get; init; } = Defaults.OnDemandMinimum;
    public int MinimumLifetimeSeconds { get; init; } = Defaults.MinimumLifetimeSeconds;
    public int MaxRetirePerRun { get; init; } = Defaults.MaxRetirePerRun;

    /// <summary>How often the backfill sweep runs (besides the alarm).</summary>
    public int BackfillEveryMinutes { get; init; } = 5;

    /// <summary>How often return-to-spot runs.</summary>
    public int ReturnToSpotEveryMinutes { get; init; } = 2;

    /// <summary>The DefinitionSubstitutions the template gives the three capacity state machines (one set serves all three).</summary>
    public IReadOnlyDictionary<string, string> Substitutions(string topicArn)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ClusterArn"] = Cluster,
            ["OnDemandGroupName"] = OnDemandGroupName,
            ["SpotPoolKind"] = SpotPoolKind.ToString(),
            ["SpotFleetRequestId"] = SpotPoolKind == SpotPoolKind.SpotFleet ? SpotPoolId : "",
            ["SpotGroupName"] = SpotPoolKind == SpotPoolKind.AutoScaling ? SpotPoolId : "",
            ["IdempotencyTable"] = IdempotencyTable,
            ["NotificationTopicArn"] = topicArn,
            ["AlarmName"] = SpotPoolKind == SpotPoolKind.SpotFleet ? AlarmName : "",
            ["ReplacementBasis"] = ReplacementBasis,
            ["OnDemandUnitsPerInstance"] = OnDemandUnitsPerInstance.ToString(CultureInfo.InvariantCulture),
            ["OnDemandInstanceCpu"] = "2048",
            ["OnDemandInstanceMemoryMiB"] = "8192",
            ["RebalanceAction"] = RebalanceAction,
            ["IdempotencySeconds"] = "3600",
            ["LockSeconds"] = "60",
            ["SettleSeconds"] = Text(SettleSeconds),
            ["MaxRechecks"] = Text(MaxRechecks),
            ["WaitBeforeFallbackSeconds"] = Text(WaitBeforeFallbackSeconds),
            ["HysteresisSeconds"] = Text(HysteresisSeconds),
            ["OnDemandMinimum"] = Text(OnDemandMinimum),
            ["MinimumLifetimeSeconds"] = Text(MinimumLifetimeSeconds),
            ["MaxRetirePerRun"] = Text(MaxRetirePerRun),
        };
        foreach (var function in FunctionNames)
        {
            values[$"{function}FunctionArn"] = SimulatedAccount.FunctionArn(function);
        }

        return values;
    }

    /// <summary>The decision functions the three state machines call.</summary>
    public static IReadOnlyList<string> FunctionNames { get; } = ["ParseInterruption", "PlanReplacement", "ParseCapacityTrigger", "PlanBackfill", "PickInstancesToRetire"];

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
