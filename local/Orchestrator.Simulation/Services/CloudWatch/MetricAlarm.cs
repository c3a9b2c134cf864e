using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Services.CloudWatch;

/// <summary>One metric alarm: its configuration (PutMetricAlarm) and its current state.</summary>
internal sealed class MetricAlarm
{
    public required string Name { get; init; }

    public required string Arn { get; init; }

    /// <summary>The configuration's id in events' configuration.metrics[].id.</summary>
    public required string MetricId { get; init; }

    public string? Description { get; set; }

    public bool ActionsEnabled { get; set; } = true;

    public IReadOnlyList<string> OkActions { get; set; } = [];

    public IReadOnlyList<string> AlarmActions { get; set; } = [];

    public IReadOnlyList<string> InsufficientDataActions { get; set; } = [];

    public required string Namespace { get; set; }

    public required string MetricName { get; set; }

    public IReadOnlyList<KeyValuePair<string, string>> Dimensions { get; set; } = [];

    public required string Statistic { get; set; }

    public required int Period { get; set; }

    public string? Unit { get; set; }

    public required int EvaluationPeriods { get; set; }

    public required int DatapointsToAlarm { get; set; }

    public required double Threshold { get; set; }

    public required string ComparisonOperator { get; set; }

    public string TreatMissingData { get; set; } = "missing";

    public DateTimeOffset ConfigurationUpdated { get; set; }

    public string StateValue { get; set; } = "INSUFFICIENT_DATA";

    public string StateReason { get; set; } = "Unchecked: Initial alarm creation";

    public string? StateReasonData { get; set; }

    public DateTimeOffset StateUpdated { get; set; }

    public DateTimeOffset StateTransitioned { get; set; }

    public ScheduledEvent? NextEvaluation { get; set; }

    /// <summary>The newest datapoint of the last evaluation (null: missing), what a scaling action is handed.</summary>
    public double? LastValue { get; set; }

    /// <summary>True when <paramref name="value"/> is outside the threshold.</summary>
    public bool Breaches(double value) => ComparisonOperator switch
    {
        "GreaterThanThreshold" => value > Threshold,
        "GreaterThanOrEqualToThreshold" => value >= Threshold,
        "LessThanThreshold" => value < Threshold,
        _ => value <= Threshold,
    };
}
