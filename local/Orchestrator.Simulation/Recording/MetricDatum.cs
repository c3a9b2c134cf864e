namespace Orchestrator.Simulation.Recording;

/// <summary>One metric data point as published to an <see cref="IMetricSink"/>.</summary>
public sealed record MetricDatum(
    string Namespace,
    string MetricName,
    IReadOnlyDictionary<string, string> Dimensions,
    DateTimeOffset Timestamp,
    double Value,
    string Unit);
