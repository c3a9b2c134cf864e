namespace Orchestrator.Simulation.Services.CloudWatch;

/// <summary>One stored data point (a single value or a statistic set) and when it becomes visible.</summary>
internal readonly record struct MetricPoint(DateTimeOffset Timestamp, DateTimeOffset VisibleAt, double SampleCount, double Sum, double Minimum, double Maximum, string Unit);
