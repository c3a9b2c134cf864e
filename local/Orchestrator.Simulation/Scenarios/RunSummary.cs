using System.Globalization;
using System.Text;
using Orchestrator.Core.QueueDrain;
using Orchestrator.Simulation.Account;
using Orchestrator.States.Execution;

namespace Orchestrator.Simulation.Scenarios;

/// <summary>What a scenario run did, as figures; <see cref="ToText"/> prints them the same way for
/// the same scenario and seed.</summary>
public sealed record RunSummary(
    string Scenario,
    long Seed,
    TimeSpan Horizon,
    int Sent,
    int Processed,
    int DeadLettered,
    int Lost,
    int StillQueued,
    IReadOnlyDictionary<string, int> TasksByCapacity,
    int PeakConcurrentTasks,
    IReadOnlyList<TimeSpan> StartLatency,
    IReadOnlyList<TimeSpan> DoneLatency,
    IReadOnlyDictionary<string, int> Executions,
    long StateTransitions,
    int LambdaInvocations,
    double FargateCost,
    double StepFunctionsCost,
    double LambdaCost,
    IReadOnlyList<string> Failures)
{
    public static RunSummary From(Scenario scenario, SimulatedAccount account, TaskTracker tasks)
    {
        var log = account.Log;
        var work = log.Messages.Where(m => m.QueueName == scenario.Stack.QueueName || m.DeadLetteredAt is not null).ToList();
        var executions = account.StepFunctions.Executions
            .GroupBy(e => e.Status == ExecutionStatus.Succeeded ? e.Output?["Status"]?.GetValue<string>() ?? "succeeded" : e.Status.ToAwsName().ToLowerInvariant(), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var transitions = account.StepFunctions.Executions.Sum(e => e.StateTransitions);
        var invocations = account.Lambda.Invocations.Values.Sum();
        var prices = CostModel.UsEast1;
        return new RunSummary(
            scenario.Name,
            scenario.Account.Seed,
            scenario.Horizon,
            work.Count,
            work.Count(m => m.DeletedAt is not null),
            work.Count(m => m.DeadLetteredAt is not null),
            log.Lost().Count,
            work.Count(m => m.InQueue && m.DeadLetteredAt is null),
            tasks.ByCapacityProvider(),
            tasks.PeakConcurrent,
            Sorted(work.Where(m => m.Tasks.Count > 0).Select(m => m.Tasks[0].StartedAt - m.SentAt!.Value)),
            Sorted(work.Where(m => m.DeletedAt is not null).Select(m => m.DeletedAt!.Value - m.SentAt!.Value)),
            executions,
            transitions,
            invocations,
            TaskCost(tasks, scenario.Stack, prices),
            transitions * prices.PerTransition,
            invocations * 0.20 / 1_000_000,
            [.. account.StepFunctions.Executions
                .Where(e => e.Status is ExecutionStatus.Failed or ExecutionStatus.TimedOut or ExecutionStatus.Aborted)
                .Select(e => $"{e.Name} at {e.StopDate:HH:mm:ss}: {e.Error}: {Shorten(e.Cause)}")]);
    }

    public string ToText()
    {
        var text = new StringBuilder();
        Line(text, "scenario", $"{Scenario} (seed {Seed}, horizon {Format(Horizon)})");
        Line(text, "messages", $"sent {Sent}  processed {Processed}  dead-lettered {DeadLettered}  lost {Lost}  still queued {StillQueued}");
        Line(text, "tasks", string.Join("  ", TasksByCapacity.Select(p => $"{p.Key} {p.Value}")) + $"  peak concurrent {PeakConcurrentTasks}");
        Line(text, "latency", $"enqueue→start {Percentiles(StartLatency)}");
        Line(text, "", $"enqueue→done  {Percentiles(DoneLatency)}");
        Line(text, "executions", $"{Executions.Values.Sum()} ({string.Join(", ", Executions.Select(p => $"{p.Key} {p.Value}"))}), {StateTransitions} state transitions, {LambdaInvocations} Lambda invocations");
        foreach (var failure in Failures.Take(5))
        {
            Line(text, "failed", failure);
        }

        Line(text, "cost", $"${Money(FargateCost + StepFunctionsCost + LambdaCost)} estimated (Fargate ${Money(FargateCost)}, Step Functions ${Money(StepFunctionsCost)}, Lambda ${Money(LambdaCost)})");
        return text.ToString();
    }

    private static double TaskCost(TaskTracker tasks, DrainStack stack, CostModel prices)
    {
        var perSecond = ((stack.TaskCpuUnits / 1024.0 * prices.VcpuHour) + (stack.TaskMemoryMiB / 1024.0 * prices.GbHour)) / 3600;
        return tasks.Stopped.Sum(t =>
        {
            var start = Seconds(t["pullStartedAt"]) ?? Seconds(t["startedAt"]) ?? Seconds(t["createdAt"]) ?? 0;
            var stop = Seconds(t["stoppedAt"]) ?? start;
            var spot = t["capacityProviderName"]?.GetValue<string>() == "FARGATE_SPOT" ? prices.SpotFactor : 1;
            return Math.Max(0, stop - start) * perSecond * spot;
        });
    }

    private static string Shorten(string? cause) => cause is null ? "" : cause.Length > 300 ? cause[..300] + "…" : cause;

    private static double? Seconds(System.Text.Json.Nodes.JsonNode? node) => Orchestrator.Core.Json.Number(node);

    private static List<TimeSpan> Sorted(IEnumerable<TimeSpan> values) => [.. values.Order()];

    private static string Percentiles(IReadOnlyList<TimeSpan> sorted) => sorted.Count == 0
        ? "(none)"
        : $"p50 {Format(At(sorted, 0.50))}  p95 {Format(At(sorted, 0.95))}  p99 {Format(At(sorted, 0.99))}";

    /// <summary>Nearest-rank percentile.</summary>
    private static TimeSpan At(IReadOnlyList<TimeSpan> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    internal static string Format(TimeSpan t) => t.TotalHours >= 1
        ? $"{(int)t.TotalHours}h{t.Minutes:00}m"
        : t.TotalMinutes >= 1 ? $"{(int)t.TotalMinutes}m{t.Seconds:00}s" : $"{t.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)}s";

    private static string Money(double usd) => usd.ToString("0.0000", CultureInfo.InvariantCulture);

    internal static void Line(StringBuilder text, string label, string value) => text.Append(CultureInfo.InvariantCulture, $"{label,-11}{value}\n");
}
