namespace Orchestrator.Core.Capacity;

/// <summary>A Spot interruption warning or rebalance recommendation, whatever shape it arrived in.</summary>
/// <param name="Kind">interruption or rebalance.</param>
/// <param name="InstanceId">The EC2 instance (checked: <c>i-</c> and 8 or 17 hex digits).</param>
/// <param name="EventTime">The event's <c>time</c>.</param>
/// <param name="Source">eventbridge, sns or pipe.</param>
/// <param name="Action">The warning's instance-action (terminate, stop, hibernate); null for a rebalance.</param>
public sealed record Interruption(string Kind, string InstanceId, DateTimeOffset EventTime, string Source, string? Action = null)
{
    public const string Warning = "interruption";
    public const string Rebalance = "rebalance";
}
