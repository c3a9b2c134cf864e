namespace Orchestrator.Simulation.Recording;

/// <summary>An <see cref="IMetricSink"/> that keeps every data point in publication order.</summary>
public sealed class InMemoryMetricSink : IMetricSink
{
    private readonly List<MetricDatum> _data = [];

    /// <summary>Every data point so far, in the order it was put.</summary>
    public IReadOnlyList<MetricDatum> Data => _data;

    /// <inheritdoc/>
    public void Put(string @namespace, string metricName, IReadOnlyDictionary<string, string> dimensions, DateTimeOffset timestamp, double value, string unit) =>
        _data.Add(new MetricDatum(@namespace, metricName, new Dictionary<string, string>(dimensions, StringComparer.Ordinal), timestamp, value, unit));

    /// <summary>The data points of one metric whose dimension <paramref name="dimensionName"/> equals <paramref name="dimensionValue"/>.</summary>
    public IReadOnlyList<MetricDatum> Series(string @namespace, string metricName, string dimensionName, string dimensionValue) =>
        _data.Where(d => d.Namespace == @namespace && d.MetricName == metricName
                && d.Dimensions.TryGetValue(dimensionName, out var v) && v == dimensionValue)
            .ToList();
}
