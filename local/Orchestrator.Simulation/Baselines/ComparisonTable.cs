using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Baselines;

/// <summary>The designs' figures side by side: as text (one column a design) and as JSON.</summary>
public static class ComparisonTable
{
    private static readonly (string Label, Func<DesignFigures, string> Cell)[] Rows =
    [
        ("enqueue→start p50", f => Time(f.StartLatency?.P50)),
        ("enqueue→start p95", f => Time(f.StartLatency?.P95)),
        ("enqueue→start p99", f => Time(f.StartLatency?.P99)),
        ("enqueue→done p50", f => Time(f.DoneLatency?.P50)),
        ("enqueue→done p95", f => Time(f.DoneLatency?.P95)),
        ("enqueue→done p99", f => Time(f.DoneLatency?.P99)),
        ("largest burst drained", f => f.LargestBurstDrained is { } t ? Time(t) : "not by horizon"),
        ("processed", f => Count(f.Processed)),
        ("killed mid-work", f => Count(f.KilledMidWork)),
        ("processed twice", f => Count(f.ProcessedTwice)),
        ("lost", f => Count(f.Lost)),
        ("still queued", f => Count(f.StillQueued)),
        ("task-hours", f => f.TaskHours.ToString("0.00", CultureInfo.InvariantCulture)),
        ("instance-hours", f => f.InstanceHours.ToString("0.00", CultureInfo.InvariantCulture)),
        ("Spot cost", f => Money(f.SpotCost)),
        ("on-demand cost", f => Money(f.OnDemandCost)),
        ("orchestration cost", f => Money(f.OrchestrationCost)),
        ("total cost", f => Money(f.TotalCost)),
        ("cost per million", f => f.CostPerMillion is { } c ? Money(c) : "-"),
    ];

    /// <summary>The rows a capacity scenario has, under their meaning there (see CapacityDesigns).</summary>
    private static readonly (string Label, Func<DesignFigures, string> Cell)[] CapacityRows =
    [
        ("job wait p50", Rows[0].Cell), ("job wait p95", Rows[1].Cell), ("job wait p99", Rows[2].Cell),
        ("jobs started", Rows[7].Cell), ("killed by scale-in", Rows[8].Cell), ("still waiting", Rows[11].Cell),
        Rows[13], Rows[14], Rows[15], Rows[16], Rows[17],
    ];

    public static string ToText(string scenario, long seed, IReadOnlyList<DesignFigures> columns, bool capacity = false)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"compare    {scenario} (seed {seed})\n");
        var width = Math.Max(14, columns.Max(c => c.Design.Length) + 2);
        text.Append(new string(' ', 24));
        foreach (var column in columns)
        {
            text.Append(column.Design.PadLeft(width));
        }

        text.Append('\n');
        foreach (var (label, cell) in capacity ? CapacityRows : Rows)
        {
            text.Append(label.PadRight(24));
            foreach (var column in columns)
            {
                text.Append((column.NotRun is null ? cell(column) : "-").PadLeft(width));
            }

            text.Append('\n');
        }

        foreach (var column in columns.Where(c => c.NotRun is not null))
        {
            text.Append(CultureInfo.InvariantCulture, $"{column.Design}: not run: {column.NotRun}\n");
        }

        return text.ToString();
    }

    public static JsonObject ToJson(string scenario, long seed, IReadOnlyList<DesignFigures> columns) => new()
    {
        ["scenario"] = scenario,
        ["seed"] = seed,
        ["designs"] = new JsonArray(columns.Select(Column).ToArray()),
    };

    private static JsonNode Column(DesignFigures f) => f.NotRun is { } reason
        ? new JsonObject { ["design"] = f.Design, ["notRun"] = reason }
        : new JsonObject
        {
            ["design"] = f.Design,
            ["enqueueToStartSeconds"] = Latency(f.StartLatency),
            ["enqueueToDoneSeconds"] = Latency(f.DoneLatency),
            ["largestBurstDrainedSeconds"] = f.LargestBurstDrained?.TotalSeconds,
            ["processed"] = f.Processed,
            ["killedMidWork"] = f.KilledMidWork,
            ["processedTwice"] = f.ProcessedTwice,
            ["lost"] = f.Lost,
            ["stillQueued"] = f.StillQueued,
            ["taskHours"] = Math.Round(f.TaskHours, 4),
            ["instanceHours"] = Math.Round(f.InstanceHours, 4),
            ["spotCost"] = Math.Round(f.SpotCost, 6),
            ["onDemandCost"] = Math.Round(f.OnDemandCost, 6),
            ["orchestrationCost"] = Math.Round(f.OrchestrationCost, 6),
            ["totalCost"] = Math.Round(f.TotalCost, 6),
            ["costPerMillion"] = f.CostPerMillion is { } c ? Math.Round(c, 4) : null,
        };

    private static JsonNode? Latency(Percentiles? p) => p is null ? null : new JsonObject
    {
        ["p50"] = p.P50.TotalSeconds,
        ["p95"] = p.P95.TotalSeconds,
        ["p99"] = p.P99.TotalSeconds,
    };

    private static string Time(TimeSpan? t) => t is { } value ? Scenarios.RunSummaryText.Format(value) : "-";

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Money(double usd) => "$" + usd.ToString("0.0000", CultureInfo.InvariantCulture);
}
