using System.Text.Json.Nodes;

namespace Orchestrator.Core.Capacity;

/// <summary>The output of ParseCapacityTrigger: whether capacity-backfill or return-to-spot runs, with
/// the parsed settings and the first check's state.</summary>
/// <param name="HealthKey">The DynamoDB item holding since when the Spot pool has been fulfilled (return-to-spot's hysteresis).</param>
public sealed record CapacityStart(
    bool Start,
    string Reason,
    CapacitySettings Settings,
    BackfillObservation Observation,
    LockRequest Lock,
    string HealthKey)
{
    /// <summary>Parses trigger and settings; <paramref name="now"/> is <c>$$.State.EnteredTime</c>.</summary>
    public static CapacityStart Begin(JsonNode? input, IReadOnlyDictionary<string, string?> settings, DateTimeOffset now)
    {
        var parsed = CapacitySettings.Parse(settings);
        var trigger = CapacityTriggerParser.Parse(input, parsed.AlarmName);
        return new CapacityStart(
            trigger.Start,
            trigger.Reason,
            parsed,
            BackfillObservation.None,
            LockRequest.For(parsed.OnDemandGroupName, now, parsed.LockSeconds),
            $"healthy#{parsed.SpotPoolId}");
    }
}
