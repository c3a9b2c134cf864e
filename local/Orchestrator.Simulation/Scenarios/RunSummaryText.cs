using System.Globalization;
using System.Text;

namespace Orchestrator.Simulation.Scenarios;

/// <summary>The console summary of a <see cref="RunSummary"/>: one labelled line per subject, the
/// problems last; the same figures print the same text.</summary>
public static class RunSummaryText
{
    public static string ToText(RunSummary s)
    {
        var text = new StringBuilder();
        Line(text, "scenario", $"{s.Scenario.Name} (seed {s.Scenario.Seed}, horizon {Format(TimeSpan.FromSeconds(s.Scenario.HorizonSeconds))})");
        if (s.Capacity is { } c)
        {
            Line(text, "cluster", $"Spot pool {c.PoolKind} of {c.SpotTarget} × {c.InstanceType}, on-demand group max {c.OnDemandMax}; {c.Drought}; workflows {c.Workflows}");
            Line(text, "instances", $"on-demand {c.OnDemandInstanceHours:0.###} h (${c.OnDemandCost:0.0000})  Spot {c.SpotInstanceHours:0.###} h (${c.SpotCost:0.0000})  on-demand peak {c.OnDemandPeak}, on-demand mid-drought {c.OnDemandDuringDrought}, at the end {c.OnDemandAtEnd}");
        }

        if (s.Messages is { } m)
        {
            Line(text, "messages", $"sent {m.Sent}  processed {m.Processed}  dead-lettered {m.DeadLettered} ({m.DeadLetteredPoison} poison)  lost {m.Lost}  still queued {m.StillQueued}");
            Line(text, "receives", $"per message p50 {m.ReceivesP50}  max {m.ReceivesMax}");
        }

        if (s.Jobs is { } j)
        {
            Line(text, "jobs", $"started {j.Started}  waited for capacity {j.WaitTaskMinutes:0.#} task-min in total, longest {j.LongestWaitSeconds:0} s  still waiting {j.StillWaiting}");
        }

        var t = s.Tasks;
        var cap = t.MaxConcurrentTasks > 0 ? $" (cap {t.MaxConcurrentTasks})" : "";
        Line(text, "tasks", $"{string.Join("  ", t.ByCapacityProvider.Select(p => $"{p.Key} {p.Value}"))}  peak concurrent {t.PeakConcurrent}{cap}  on-demand fallbacks {t.OnDemandFallbacks}");
        Line(text, "", $"succeeded {t.Succeeded}  failed {t.Failed}  timed out {t.TimedOut}  Spot-interrupted {t.SpotInterrupted}  failed to start {t.FailedToStart}  stopped by our scale-in {t.StoppedByScaleIn}  running {t.Running}");
        if (s.Messages is { } l)
        {
            Line(text, "latency", $"enqueue→start {Percentiles(l.EnqueueToStart)}");
            Line(text, "", $"enqueue→done  {Percentiles(l.EnqueueToDone)}");
        }

        var e = s.Executions;
        var none = e.Finished + e.Running == 0 ? " (none)" : "";
        Line(text, "executions", $"{e.Finished + e.Running}{none} ({string.Join(", ", e.ByOutcome.Select(p => $"{p.Key} {p.Value}"))}{(e.Running > 0 ? $", running {e.Running}" : "")}), {e.StateTransitions} state transitions ({e.TransitionsPerTask:0.#} per task), {e.LambdaInvocations} Lambda invocations");
        foreach (var f in e.Failures.Take(5))
        {
            Line(text, "failed", $"{f.StateMachine} {f.Name} {f.Status.ToLowerInvariant()} at {f.StoppedAt:HH:mm:ss}: {f.Error}: {f.Cause}");
        }

        var cost = s.Cost;
        var perMillion = cost.PerMillionMessages is { } pm ? $", ${Money(pm)} per million messages" : "";
        Line(text, "cost", $"${Money(cost.Total)} estimated (Fargate ${Money(cost.Fargate)}, EC2 ${Money(cost.Ec2)}, Step Functions ${Money(cost.StepFunctions)} = {cost.StepFunctionsShare * 100:0}%, Lambda ${Money(cost.Lambda)}){perMillion}");
        Line(text, "result", $"{(s.Succeeded ? "ok" : $"{s.Problems.Count} problem{(s.Problems.Count == 1 ? "" : "s")}")}");
        foreach (var problem in s.Problems)
        {
            Line(text, "problem", $"{problem}");
        }

        return text.ToString();
    }

    /// <summary>A duration as the summary prints it: 1h05m, 12m30s, 4.5s.</summary>
    public static string Format(TimeSpan t) => t.TotalHours >= 1
        ? $"{(int)t.TotalHours}h{t.Minutes:00}m"
        : t.TotalMinutes >= 1 ? $"{(int)t.TotalMinutes}m{t.Seconds:00}s" : $"{t.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)}s";

    private static string Percentiles(Percentiles p) => p.Count == 0
        ? "(none)"
        : $"p50 {Seconds(p.P50)}  p95 {Seconds(p.P95)}  p99 {Seconds(p.P99)}  max {Seconds(p.Max)}";

    private static string Seconds(double s) => Format(TimeSpan.FromSeconds(s));

    private static string Money(double usd) => usd.ToString("0.0000", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, string label, FormattableString value) =>
        text.Append(CultureInfo.InvariantCulture, $"{label,-11}{value.ToString(CultureInfo.InvariantCulture)}\n");
}
