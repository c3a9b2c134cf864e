using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Orchestrator.Simulation.Services.CloudWatch;

/// <summary>PutMetricData, GetMetricData, GetMetricStatistics, ListMetrics.</summary>
/// <remarks>
/// Periods are aligned to multiples of the period since the Unix epoch (CloudWatch rounds StartTime
/// to the period); only periods with data are answered. GetMetricData answers newest first unless
/// ScanBy is TimestampAscending. Metric math expressions and percentile statistics are not simulated
/// and are refused with InvalidParameterValue naming the query.
/// </remarks>
public sealed partial class SimulatedCloudWatch
{
    private JsonObject PutMetricData(JsonObject request)
    {
        var ns = CloudWatchJson.String(request, "Namespace")!;
        if (ns.StartsWith("AWS/", StringComparison.Ordinal))
        {
            throw CloudWatchErrors.InvalidParameterValue($"The value {ns} for parameter Namespace is invalid.");
        }

        var data = CloudWatchJson.Array(request, "MetricData").OfType<JsonObject>().ToList();
        var points = new List<(string Name, List<KeyValuePair<string, string>> Dims, MetricPoint Point)>();
        for (var i = 0; i < data.Count; i++)
        {
            var datum = data[i];
            var name = CloudWatchJson.String(datum, "MetricName")!;
            var at = CloudWatchJson.Time(datum, "Timestamp") ?? Now;
            var unit = CloudWatchJson.String(datum, "Unit") ?? "None";
            var dims = CloudWatchJson.Dimensions(datum);
            var visible = Visible(ns);
            if (CloudWatchJson.Double(datum, "Value") is { } value)
            {
                points.Add((name, dims, new MetricPoint(at, visible, 1, value, value, value, unit)));
            }
            else if (datum["StatisticValues"] is JsonObject set)
            {
                points.Add((name, dims, new MetricPoint(at, visible, CloudWatchJson.Double(set, "SampleCount")!.Value, CloudWatchJson.Double(set, "Sum")!.Value,
                    CloudWatchJson.Double(set, "Minimum")!.Value, CloudWatchJson.Double(set, "Maximum")!.Value, unit)));
            }
            else if (CloudWatchJson.Array(datum, "Values").Count > 0)
            {
                var values = CloudWatchJson.Array(datum, "Values").Select(v => v!.GetValue<double>()).ToList();
                var counts = CloudWatchJson.Array(datum, "Counts").Select(v => v!.GetValue<double>()).ToList();
                if (counts.Count > 0 && counts.Count != values.Count)
                {
                    throw CloudWatchErrors.InvalidParameterValue($"The parameters MetricData.member.{i + 1}.Values and MetricData.member.{i + 1}.Counts must be of the same size.");
                }

                for (var j = 0; j < values.Count; j++)
                {
                    var count = counts.Count > 0 ? counts[j] : 1;
                    points.Add((name, dims, new MetricPoint(at, visible, count, values[j] * count, values[j], values[j], unit)));
                }
            }
            else
            {
                throw CloudWatchErrors.InvalidParameterCombination($"The parameters MetricData.member.{i + 1}.Value, MetricData.member.{i + 1}.StatisticValues and MetricData.member.{i + 1}.Values: one of them must be specified.");
            }
        }

        foreach (var (name, dims, point) in points)
        {
            Store(ns, name, dims, point);
        }

        return [];
    }

    private JsonObject GetMetricData(JsonObject request)
    {
        var queries = CloudWatchJson.Array(request, "MetricDataQueries").OfType<JsonObject>().ToList();
        if (queries.Count > 500)
        {
            throw CloudWatchErrors.InvalidParameterValue("The collection MetricDataQueries must not have a size greater than 500.");
        }

        var (start, end) = Range(request);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var results = new JsonArray();
        for (var i = 0; i < queries.Count; i++)
        {
            var query = queries[i];
            var id = CloudWatchJson.String(query, "Id")!;
            if (!QueryId().IsMatch(id))
            {
                throw CloudWatchErrors.InvalidParameterValue($"The value {id} for parameter MetricDataQueries.member.{i + 1}.Id is not matching the expected pattern ^[a-z][a-zA-Z0-9_]*$.");
            }

            if (!ids.Add(id))
            {
                throw CloudWatchErrors.InvalidParameterValue($"The values for parameter id in MetricDataQueries are not unique. Duplicate: {id}.");
            }

            if (query["Expression"] is not null)
            {
                throw CloudWatchErrors.InvalidParameterValue($"MetricDataQueries.member.{i + 1}.Expression: metric math is not supported by the simulated CloudWatch.");
            }

            var stat = query["MetricStat"] as JsonObject
                ?? throw CloudWatchErrors.InvalidParameterValue($"MetricDataQueries.member.{i + 1}: one of MetricStat or Expression must be specified.");
            if (CloudWatchJson.Bool(query, "ReturnData") == false)
            {
                continue;
            }

            var metric = stat["Metric"] as JsonObject;
            var statistic = CheckStatistic(CloudWatchJson.String(stat, "Stat")!, $"MetricDataQueries.member.{i + 1}.MetricStat.Stat");
            var period = TimeSpan.FromSeconds(CloudWatchJson.Int(stat, "Period")!.Value);
            var series = Find(CloudWatchJson.String(metric, "Namespace") ?? string.Empty, CloudWatchJson.String(metric, "MetricName") ?? string.Empty, CloudWatchJson.Dimensions(metric));
            var buckets = series is null ? [] : MetricAggregate.Buckets(series.Visible(start, end, Now, CloudWatchJson.String(stat, "Unit")), period).ToList();
            if (CloudWatchJson.String(request, "ScanBy") != "TimestampAscending")
            {
                buckets.Reverse();
            }

            results.Add(new JsonObject
            {
                ["Id"] = id,
                ["Label"] = CloudWatchJson.String(query, "Label") ?? CloudWatchJson.String(metric, "MetricName"),
                ["Timestamps"] = new JsonArray(buckets.Select(b => (JsonNode)JsonValue.Create(CloudWatchJson.Iso(b.Start))).ToArray()),
                ["Values"] = new JsonArray(buckets.Select(b => (JsonNode)JsonValue.Create(b.Value(statistic))).ToArray()),
                ["StatusCode"] = "Complete",
            });
        }

        return new JsonObject { ["MetricDataResults"] = results, ["Messages"] = new JsonArray() };
    }

    private JsonObject GetMetricStatistics(JsonObject request)
    {
        var statistics = CloudWatchJson.Strings(request, "Statistics");
        if (statistics.Count == 0)
        {
            throw CloudWatchErrors.InvalidParameterCombination(CloudWatchJson.Array(request, "ExtendedStatistics").Count > 0
                ? "ExtendedStatistics (percentiles) are not supported by the simulated CloudWatch."
                : "Must specify either Statistics or ExtendedStatistics");
        }

        var (start, end) = Range(request);
        var name = CloudWatchJson.String(request, "MetricName")!;
        var series = Find(CloudWatchJson.String(request, "Namespace")!, name, CloudWatchJson.Dimensions(request));
        var period = TimeSpan.FromSeconds(CloudWatchJson.Int(request, "Period")!.Value);
        var buckets = series is null ? [] : MetricAggregate.Buckets(series.Visible(start, end, Now, CloudWatchJson.String(request, "Unit")), period);
        var points = new JsonArray();
        foreach (var bucket in buckets)
        {
            var point = new JsonObject { ["Timestamp"] = CloudWatchJson.Iso(bucket.Start) };
            foreach (var statistic in statistics)
            {
                point[statistic] = bucket.Value(statistic);
            }

            point["Unit"] = bucket.Unit;
            points.Add(point);
        }

        return new JsonObject { ["Label"] = name, ["Datapoints"] = points };
    }

    private JsonObject ListMetrics(JsonObject request)
    {
        var ns = CloudWatchJson.String(request, "Namespace");
        var name = CloudWatchJson.String(request, "MetricName");
        var filters = CloudWatchJson.Array(request, "Dimensions").OfType<JsonObject>()
            .Select(d => (Name: CloudWatchJson.String(d, "Name")!, Value: CloudWatchJson.String(d, "Value"))).ToList();
        var metrics = _series.Values
            .Where(s => (ns is null || s.Namespace == ns) && (name is null || s.Name == name))
            .Where(s => filters.All(f => s.Dimensions.Any(d => d.Key == f.Name && (f.Value is null || d.Value == f.Value))))
            .Select(s => (JsonNode)new JsonObject
            {
                ["Namespace"] = s.Namespace,
                ["MetricName"] = s.Name,
                ["Dimensions"] = CloudWatchJson.DimensionsJson(s.Dimensions),
            });
        return new JsonObject { ["Metrics"] = new JsonArray(metrics.ToArray()) };
    }

    private static string CheckStatistic(string statistic, string path) =>
        MetricAggregate.Statistics.Contains(statistic)
            ? statistic
            : throw CloudWatchErrors.InvalidParameterValue($"{path}: the simulated CloudWatch supports the statistics {string.Join(", ", MetricAggregate.Statistics)}; got '{statistic}'.");

    private static (DateTimeOffset Start, DateTimeOffset End) Range(JsonObject request)
    {
        var start = CloudWatchJson.Time(request, "StartTime")!.Value;
        var end = CloudWatchJson.Time(request, "EndTime")!.Value;
        return start < end ? (start, end) : throw CloudWatchErrors.InvalidParameterValue("The parameter StartTime must be less than the parameter EndTime.");
    }

    [GeneratedRegex("^[a-z][a-zA-Z0-9_]*$")]
    private static partial Regex QueryId();
}
