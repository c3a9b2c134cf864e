namespace Orchestrator.Simulation.Recording;

/// <summary>
/// Where simulated services publish CloudWatch metric data points (the simulated CloudWatch
/// implements it; <see cref="InMemoryMetricSink"/> collects them for tests).
/// </summary>
public interface IMetricSink
{
    /// <summary>Records one data point, as PutMetricData would.</summary>
    void Put(string @namespace, string metricName, IReadOnlyDictionary<string, string> dimensions, DateTimeOffset timestamp, double value, string unit);
}
