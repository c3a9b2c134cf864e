namespace Orchestrator.Simulation.Services.CloudWatch;

/// <summary>The statistics of the data points in one period.</summary>
internal readonly record struct MetricAggregate(DateTimeOffset Start, double SampleCount, double Sum, double Minimum, double Maximum, string Unit)
{
    public static readonly IReadOnlyList<string> Statistics = ["SampleCount", "Average", "Sum", "Minimum", "Maximum"];

    public double Average => SampleCount == 0 ? 0 : Sum / SampleCount;

    /// <summary>The named statistic (Average, Sum, Minimum, Maximum, SampleCount).</summary>
    public double Value(string statistic) => statistic switch
    {
        "Sum" => Sum,
        "Minimum" => Minimum,
        "Maximum" => Maximum,
        "SampleCount" => SampleCount,
        _ => Average,
    };

    /// <summary>Aggregates the points into periods aligned to multiples of <paramref name="period"/> since the Unix epoch; only periods with data.</summary>
    public static IEnumerable<MetricAggregate> Buckets(IEnumerable<MetricPoint> points, TimeSpan period) =>
        points.GroupBy(p => Align(p.Timestamp, period))
            .OrderBy(g => g.Key)
            .Select(g => new MetricAggregate(g.Key, g.Sum(p => p.SampleCount), g.Sum(p => p.Sum), g.Min(p => p.Minimum), g.Max(p => p.Maximum), g.First().Unit));

    public static DateTimeOffset Align(DateTimeOffset time, TimeSpan period) =>
        new(time.UtcTicks / period.Ticks * period.Ticks, TimeSpan.Zero);
}
