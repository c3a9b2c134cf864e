namespace Orchestrator.Simulation.Services.CloudWatch;

/// <summary>One metric (namespace, name and exact dimension set, as CloudWatch identifies metrics) and its data points.</summary>
internal sealed class MetricSeries(string @namespace, string name, IReadOnlyList<KeyValuePair<string, string>> dimensions)
{
    public string Namespace { get; } = @namespace;

    public string Name { get; } = name;

    /// <summary>Dimensions sorted by name.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Dimensions { get; } = dimensions;

    public List<MetricPoint> Points { get; } = [];

    public static string Key(string @namespace, string name, IEnumerable<KeyValuePair<string, string>> dimensions) =>
        $"{@namespace}\n{name}\n{string.Join('\n', dimensions.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => d.Key + "=" + d.Value))}";

    /// <summary>Points with timestamps in [start, end) visible at <paramref name="asOf"/>, optionally of one unit.</summary>
    public IEnumerable<MetricPoint> Visible(DateTimeOffset start, DateTimeOffset end, DateTimeOffset asOf, string? unit) =>
        Points.Where(p => p.Timestamp >= start && p.Timestamp < end && p.VisibleAt <= asOf && (unit is null || p.Unit == unit));
}
