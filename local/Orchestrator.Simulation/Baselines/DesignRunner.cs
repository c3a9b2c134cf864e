using System.Text.Json.Nodes;
using Orchestrator.Core.QueueDrain;
using Orchestrator.Simulation.Account;
using Orchestrator.Simulation.Scenarios;

namespace Orchestrator.Simulation.Baselines;

/// <summary>Runs one design on a scenario, in a fresh account on the scenario's seed, and measures it.</summary>
/// <remarks>Every design sees the same account options (faults, Fargate timings, metric delays), the
/// same queue with the same dead-letter queue and the same traffic, so the figures differ only by what
/// the design does.</remarks>
public static class DesignRunner
{
    public static DesignFigures Run(Scenario scenario, Design design)
    {
        var name = DesignNames.Name(design);
        if (scenario.Capacity is { } drought)
        {
            return CapacityDesigns.Run(scenario, drought, design);
        }

        if (design == Design.S4)
        {
            return DesignFigures.Skipped(name, "needs an EC2 cluster with a Spot Fleet (a capacity scenario)");
        }

        // Every message's and execution's record is kept: the figures below read them (a comparison is short).
        scenario = scenario with { Account = scenario.Account with { KeepMessageHistory = true, KeepExecutions = null } };
        var run = ScenarioRunner.Prepare(scenario, triggers: design == Design.Orchestrator);
        var (account, drain) = (run.Account, run.Drain);
        var hours = new TaskHours(account.Ecs);
        var workers = design == Design.Orchestrator ? null : ServiceDesigns.Deploy(design, account, drain, scenario.Account.Seed);
        var end = scenario.Account.Start + scenario.Horizon;
        account.Scheduler.Run(end);
        return Measure(scenario, design, account, drain, hours, workers?.Record ?? new WorkerRecord(), end);
    }

    private static DesignFigures Measure(Scenario scenario, Design design, SimulatedAccount account, DrainDeployment drain, TaskHours hours, WorkerRecord workers, DateTimeOffset end)
    {
        var log = account.Log;
        var work = log.Messages.Where(m => m.SentAt is not null && (m.QueueName == drain.Stack.QueueName || m.DeadLetteredAt is not null)).ToList();
        var (spotSeconds, onDemandSeconds) = hours.Seconds(end);
        var prices = CostModel.UsEast1;
        var perSecond = ((drain.Stack.TaskCpuUnits / 1024.0 * prices.VcpuHour) + (drain.Stack.TaskMemoryMiB / 1024.0 * prices.GbHour)) / 3600;
        return new DesignFigures(
            DesignNames.Name(design),
            null,
            Percentiles.Of(work.Where(m => m.Tasks.Count > 0).Select(m => m.Tasks[0].StartedAt - m.SentAt!.Value)),
            Percentiles.Of(work.Where(m => m.DeletedAt is not null).Select(m => m.DeletedAt!.Value - m.SentAt!.Value)),
            LargestBurstDrained(scenario, work),
            workers.KilledMidWorkMessages,
            work.Count(m => m.Tasks.Count(t => t.Succeeded == true) > 1),
            log.Lost().Count,
            work.Count(m => m.InQueue && m.DeadLetteredAt is null),
            work.Count(m => m.DeletedAt is not null),
            (spotSeconds + onDemandSeconds) / 3600,
            0,
            spotSeconds * perSecond * prices.SpotFactor,
            onDemandSeconds * perSecond,
            Orchestration(account, scenario.Horizon, design == Design.S3 ? (int)(scenario.Horizon / RuleLambda.Every) : 0));
    }

    /// <summary>Step Functions transitions, Lambda requests (the account's functions, and a scaler Lambda
    /// the design runs on a schedule), CloudWatch alarms and custom metrics: what each design pays to
    /// decide, beside what its tasks cost.</summary>
    internal static double Orchestration(SimulatedAccount account, TimeSpan horizon, int scalerLambdaCalls)
    {
        var transitions = account.StepFunctions.Executions.Sum(e => e.StateTransitions);
        var lambda = account.Lambda.Invocations.Values.Sum();
        var alarms = (account.CloudWatch.Invoke("DescribeAlarms", new JsonObject())["MetricAlarms"] as JsonArray)?.Count ?? 0;
        var custom = account.CloudWatch.Invoke("ListMetrics", new JsonObject { ["Namespace"] = BacklogPerTask.Namespace })["Metrics"] as JsonArray;
        return (transitions * CostModel.UsEast1.PerTransition)
            + ((lambda + scalerLambdaCalls) * OrchestrationPrices.LambdaRequest)
            + OrchestrationPrices.Monthly(OrchestrationPrices.AlarmMonth, alarms, horizon)
            + OrchestrationPrices.Monthly(OrchestrationPrices.CustomMetricMonth, custom?.Count ?? 0, horizon)
            + ((custom?.Count ?? 0) * horizon.TotalMinutes * OrchestrationPrices.PutMetricData);
    }

    /// <summary>The burst entry with the most messages: from its start until every message sent in its window
    /// was deleted or dead-lettered (null without a burst entry).</summary>
    private static TimeSpan? LargestBurstDrained(Scenario scenario, IReadOnlyList<Recording.MessageRecord> work)
    {
        var burst = scenario.Traffic.OfType<Workload.Traffic.BurstTraffic>().OrderByDescending(b => b.Messages).ThenBy(b => b.At).FirstOrDefault();
        if (burst is null)
        {
            return null;
        }

        var from = scenario.Account.Start + burst.At;
        var to = from + burst.Over + TimeSpan.FromSeconds(1);
        var sent = work.Where(m => m.SentAt >= from && m.SentAt <= to).ToList();
        if (sent.Count == 0 || sent.Any(m => m.DeletedAt is null && m.DeadLetteredAt is null))
        {
            return null;
        }

        return sent.Max(m => m.DeletedAt ?? m.DeadLetteredAt!.Value) - from;
    }
}
