namespace Orchestrator.Simulation.Services.CloudWatch;

/// <summary>Settings of the simulated CloudWatch.</summary>
public sealed record CloudWatchOptions
{
    /// <summary>The region in alarm ARNs and events.</summary>
    public string Region { get; init; } = "us-east-1";

    /// <summary>The region's display name, as alarm notifications write it ("US East (N. Virginia)").</summary>
    public string RegionDisplayName { get; init; } = "US East (N. Virginia)";

    /// <summary>The account in alarm ARNs, events and notifications.</summary>
    public string AccountId { get; init; } = "123456789012";

    /// <summary>
    /// How late data points of a namespace become visible to queries and alarms (e.g. AWS/SQS: AWS-FACTS
    /// notes that an idle queue's metrics can lag up to 15 minutes). Absent namespaces have no delay.
    /// </summary>
    public IReadOnlyDictionary<string, TimeSpan> MetricDelays { get; init; } = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);

    /// <summary>
    /// How many periods beyond EvaluationPeriods an alarm looks back (its "evaluation range"). AWS says
    /// it retrieves "a higher number of data points than the number specified as Evaluation Periods"
    /// without stating how many; 2 is this simulation's choice.
    /// </summary>
    public int ExtraEvaluationPeriods { get; init; } = 2;
}
