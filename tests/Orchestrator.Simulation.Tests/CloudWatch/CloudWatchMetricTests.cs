using System.Text.Json.Nodes;
using Orchestrator.Simulation.Services.CloudWatch;

namespace Orchestrator.Simulation.Tests.CloudWatch;

public class CloudWatchMetricTests
{
    private static JsonObject Query(string id, string stat, string? metricName = "Backlog") => new()
    {
        ["Id"] = id,
        ["MetricStat"] = new JsonObject
        {
            ["Metric"] = new JsonObject
            {
                ["Namespace"] = "Orchestrator/Test",
                ["MetricName"] = metricName,
                ["Dimensions"] = new JsonArray(new JsonObject { ["Name"] = "QueueName", ["Value"] = "work" }),
            },
            ["Period"] = 60,
            ["Stat"] = stat,
        },
    };

    private static JsonObject GetMetricData(params JsonObject[] queries) => new()
    {
        ["MetricDataQueries"] = new JsonArray(queries.Select(q => (JsonNode)q).ToArray()),
        ["StartTime"] = "2026-01-01T00:00:00Z",
        ["EndTime"] = "2026-01-01T01:00:00Z",
    };

    private static CloudWatchHarness Fed()
    {
        // Minute 0: 1 and 3; minute 1: 5 — through PutMetricData (Values) and the metric sink.
        var cw = new CloudWatchHarness();
        cw.RunUntil(CloudWatchHarness.Start.AddMinutes(2));
        cw.Call("PutMetricData", new JsonObject
        {
            ["Namespace"] = "Orchestrator/Test",
            ["MetricData"] = new JsonArray(new JsonObject
            {
                ["MetricName"] = "Backlog",
                ["Dimensions"] = new JsonArray(new JsonObject { ["Name"] = "QueueName", ["Value"] = "work" }),
                ["Timestamp"] = "2026-01-01T00:00:10Z",
                ["Values"] = new JsonArray(1.0, 3.0),
                ["Unit"] = "Count",
            }),
        });
        cw.CloudWatch.Put("Orchestrator/Test", "Backlog", new Dictionary<string, string> { ["QueueName"] = "work" }, CloudWatchHarness.Start.AddSeconds(70), 5, "Count");
        return cw;
    }

    [Fact]
    public void GetMetricData_SumPerMinute_NewestFirstByDefault()
    {
        // GetMetricData: ScanBy defaults to TimestampDescending; MetricDataResults [{Id, Label, Timestamps, Values, StatusCode}].
        var cw = Fed();

        var result = cw.Call("GetMetricData", GetMetricData(Query("m1", "Sum")))["MetricDataResults"]![0]!;

        Assert.Equal("m1", result["Id"]!.GetValue<string>());
        Assert.Equal("Backlog", result["Label"]!.GetValue<string>());
        Assert.Equal("Complete", result["StatusCode"]!.GetValue<string>());
        Assert.Equal(["2026-01-01T00:01:00Z", "2026-01-01T00:00:00Z"], result["Timestamps"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal([5.0, 4.0], result["Values"]!.AsArray().Select(v => v!.GetValue<double>()));
    }

    [Fact]
    public void GetMetricData_ReturnDataFalse_OmitsResult_AverageAscending()
    {
        var cw = Fed();
        var hidden = Query("hidden", "Sum");
        hidden["ReturnData"] = false;
        var request = GetMetricData(Query("avg", "Average"), hidden);
        request["ScanBy"] = "TimestampAscending";

        var results = cw.Call("GetMetricData", request)["MetricDataResults"]!.AsArray();

        Assert.Equal("avg", Assert.Single(results)!["Id"]!.GetValue<string>());
        Assert.Equal([2.0, 5.0], results[0]!["Values"]!.AsArray().Select(v => v!.GetValue<double>()));
    }

    [Fact]
    public void GetMetricData_Over500Queries_InvalidParameterValue()
    {
        // AWS-FACTS: cloudwatch getMetricData ≤ 500 queries.
        var cw = new CloudWatchHarness();

        var error = cw.Fails("GetMetricData", GetMetricData(Enumerable.Range(0, 501).Select(i => Query($"q{i}", "Sum")).ToArray()));

        Assert.Equal("InvalidParameterValue", error.Code);
        Assert.Contains("500", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetMetricData_IdNotLowercaseFirst_InvalidParameterValueNamingIt()
    {
        // MetricDataQuery.Id: "The first character must be a lowercase letter" (API reference).
        var cw = new CloudWatchHarness();

        var error = cw.Fails("GetMetricData", GetMetricData(Query("M1", "Sum")));

        Assert.Equal("InvalidParameterValue", error.Code);
        Assert.Contains("MetricDataQueries.member.1.Id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetMetricStatistics_RequestedStatisticsPerPeriod()
    {
        var cw = Fed();

        var points = cw.Call("GetMetricStatistics", new JsonObject
        {
            ["Namespace"] = "Orchestrator/Test",
            ["MetricName"] = "Backlog",
            ["Dimensions"] = new JsonArray(new JsonObject { ["Name"] = "QueueName", ["Value"] = "work" }),
            ["StartTime"] = "2026-01-01T00:00:00Z",
            ["EndTime"] = "2026-01-01T00:05:00Z",
            ["Period"] = 60,
            ["Statistics"] = new JsonArray("Average", "Maximum", "SampleCount", "Minimum"),
        })["Datapoints"]!.AsArray();

        var first = points[0]!;
        Assert.Equal(2, points.Count);
        Assert.Equal("2026-01-01T00:00:00Z", first["Timestamp"]!.GetValue<string>());
        Assert.Equal(2.0, first["Average"]!.GetValue<double>());
        Assert.Equal(3.0, first["Maximum"]!.GetValue<double>());
        Assert.Equal(1.0, first["Minimum"]!.GetValue<double>());
        Assert.Equal(2.0, first["SampleCount"]!.GetValue<double>());
        Assert.Equal("Count", first["Unit"]!.GetValue<string>());
        Assert.Null(first["Sum"]);
    }

    [Fact]
    public void MetricDelay_DataInvisibleUntilLagPasses()
    {
        var cw = new CloudWatchHarness(new CloudWatchOptions { MetricDelays = new Dictionary<string, TimeSpan> { ["Orchestrator/Test"] = TimeSpan.FromMinutes(3) } });
        cw.CloudWatch.Put("Orchestrator/Test", "Backlog", new Dictionary<string, string> { ["QueueName"] = "work" }, CloudWatchHarness.Start, 7, "Count");

        cw.RunUntil(CloudWatchHarness.Start.AddMinutes(2));
        var early = cw.Call("GetMetricData", GetMetricData(Query("m1", "Sum")))["MetricDataResults"]![0]!["Values"]!.AsArray().Count;
        cw.RunUntil(CloudWatchHarness.Start.AddMinutes(3));
        var late = cw.Call("GetMetricData", GetMetricData(Query("m1", "Sum")))["MetricDataResults"]![0]!["Values"]!.AsArray().Count;

        Assert.Equal(0, early);
        Assert.Equal(1, late);
    }

    [Fact]
    public void PutMetricData_AwsNamespace_InvalidParameterValue()
    {
        var cw = new CloudWatchHarness();

        var error = cw.Fails("PutMetricData", new JsonObject
        {
            ["Namespace"] = "AWS/SQS",
            ["MetricData"] = new JsonArray(new JsonObject { ["MetricName"] = "X", ["Value"] = 1.0 }),
        });

        Assert.Equal("InvalidParameterValue", error.Code);
        Assert.Contains("Namespace", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ListMetrics_DimensionFilter_ListsSinkMetrics()
    {
        var cw = Fed();
        cw.CloudWatch.Put("AWS/EC2Spot", "PendingCapacity", new Dictionary<string, string> { ["FleetRequestId"] = "sfr-1" }, CloudWatchHarness.Start, 0, "Count");

        var metrics = cw.Call("ListMetrics", new JsonObject { ["Dimensions"] = new JsonArray(new JsonObject { ["Name"] = "FleetRequestId" }) })["Metrics"]!.AsArray();

        var metric = Assert.Single(metrics)!;
        Assert.Equal("AWS/EC2Spot", metric["Namespace"]!.GetValue<string>());
        Assert.Equal("PendingCapacity", metric["MetricName"]!.GetValue<string>());
    }
}
