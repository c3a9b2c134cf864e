namespace Orchestrator.Core.Capacity;

/// <summary>What the spot-interruption workflow does with one event (the output of ParseInterruption).</summary>
/// <param name="Filter">The ListContainerInstances cluster query that finds the instance.</param>
/// <param name="Replace">True when on-demand replacement is requested (a warning, or a rebalance with RebalanceAction drain-and-replace).</param>
/// <param name="IdempotencyKey">The DynamoDB item that makes a second delivery of the same event a no-op.</param>
/// <param name="IdempotencyExpiresAt">Epoch seconds; after this the record no longer blocks (and DynamoDB TTL may delete it).</param>
public sealed record InterruptionStart(
    Interruption Interruption,
    string Filter,
    bool Replace,
    string IdempotencyKey,
    long IdempotencyExpiresAt,
    LockRequest Lock,
    CapacitySettings Settings,
    string Reason)
{
    /// <summary>Parses the event and the settings; <paramref name="now"/> is <c>$$.State.EnteredTime</c>.</summary>
    public static InterruptionStart Begin(System.Text.Json.Nodes.JsonNode? input, IReadOnlyDictionary<string, string?> settings, DateTimeOffset now)
    {
        var interruption = InterruptionParser.Parse(input);
        var parsed = CapacitySettings.Parse(settings);
        var replace = interruption.Kind == Interruption.Warning || parsed.ReplaceOnRebalance;
        var reason = interruption.Kind == Interruption.Warning
            ? $"Spot interruption warning ({interruption.Action}) for {interruption.InstanceId}"
            : $"rebalance recommendation for {interruption.InstanceId}" + (replace ? "" : " (drain only)");
        // One replacement per instance, whichever event asked first: a warning after a rebalance that
        // already replaced the instance must not add capacity again.
        return new InterruptionStart(
            interruption,
            $"ec2InstanceId == {interruption.InstanceId}",
            replace,
            $"replacement#{interruption.InstanceId}",
            AnswerJson.Epoch(now) + parsed.IdempotencySeconds,
            LockRequest.For(parsed.OnDemandGroupName, now, parsed.LockSeconds),
            parsed,
            reason);
    }
}
