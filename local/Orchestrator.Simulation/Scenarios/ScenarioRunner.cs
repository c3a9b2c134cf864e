using System.Text.Json.Nodes;
using Orchestrator.Simulation.Account;

namespace Orchestrator.Simulation.Scenarios;

/// <summary>
/// Plays a <see cref="Scenario"/>: deploys the queue-drain stack in a fresh simulated account, wires
/// the triggers the way the stack does in AWS (an EventBridge schedule rule; a CloudWatch alarm on the
/// queue's visible messages routed by an EventBridge rule), sends the traffic, and runs the virtual
/// clock to the horizon.
/// </summary>
public static class ScenarioRunner
{
    public const string AlarmName = "orchestrator-work-backlog";

    /// <summary>How often (simulated) <see cref="Run"/> reports its progress.</summary>
    public static readonly TimeSpan ProgressEvery = TimeSpan.FromMinutes(5);

    /// <summary>Runs <paramref name="scenario"/> to its horizon; <paramref name="progress"/>, when given,
    /// hears where the run stands every <see cref="ProgressEvery"/> of simulated time.</summary>
    public static RunSummary Run(Scenario scenario, Action<RunProgress>? progress = null)
    {
        var account = new SimulatedAccount(scenario.Account);
        var drain = DrainDeployment.Deploy(account, scenario.Stack, onEc2: scenario.Cluster is not null);
        var capacity = scenario.Cluster is { } cluster ? new SystemCapacity(account, cluster, scenario) : null;
        var tasks = new TaskTracker(account.Ecs, keepStopped: false);
        var executions = new ExecutionTracker(account.StepFunctions);
        var poison = new HashSet<string>(StringComparer.Ordinal);
        if (scenario.Schedule is { } expression)
        {
            Rule(account, drain, "orchestrator-drain-sweep", new JsonObject { ["ScheduleExpression"] = expression });
        }

        if (scenario.Alarm)
        {
            Alarm(account, drain);
        }

        foreach (var burst in scenario.Traffic)
        {
            Send(account, drain, burst, scenario.Account.Workload.PoisonBodyMarker ?? "POISON", poison);
        }

        RunToHorizon(account, scenario, tasks, progress);
        return RunSummaryBuilder.Drain(scenario, account, tasks, executions, poison, capacity?.Figures());
    }

    /// <summary>Runs the clock to the horizon in slices of <see cref="ProgressEvery"/>, reporting after each
    /// (the same events run in the same order as in one go).</summary>
    internal static void RunToHorizon(SimulatedAccount account, Scenario scenario, TaskTracker tasks, Action<RunProgress>? progress)
    {
        var start = scenario.Account.Start;
        var end = start + scenario.Horizon;
        if (progress is null)
        {
            account.Scheduler.Run(end);
            return;
        }

        for (var at = start + ProgressEvery; ; at += ProgressEvery)
        {
            var until = at < end ? at : end;
            account.Scheduler.Run(until);
            var stats = account.Log.Statistics(scenario.Stack.QueueName);
            progress(new RunProgress(until - start, scenario.Horizon, stats.Sent, stats.Deleted + stats.DeadLettered, tasks.Running));
            if (until == end)
            {
                return;
            }
        }
    }

    private static void Alarm(SimulatedAccount account, DrainDeployment drain)
    {
        account.CloudWatch.Invoke("PutMetricAlarm", new JsonObject
        {
            ["AlarmName"] = AlarmName,
            ["Namespace"] = "AWS/SQS",
            ["MetricName"] = "ApproximateNumberOfMessagesVisible",
            ["Dimensions"] = new JsonArray(new JsonObject { ["Name"] = "QueueName", ["Value"] = drain.Stack.QueueName }),
            ["Statistic"] = "Maximum",
            ["Period"] = 60,
            ["EvaluationPeriods"] = 1,
            ["Threshold"] = 1.0,
            ["ComparisonOperator"] = "GreaterThanOrEqualToThreshold",
            ["TreatMissingData"] = "notBreaching",
        });
        var pattern = new JsonObject
        {
            ["source"] = new JsonArray("aws.cloudwatch"),
            ["detail-type"] = new JsonArray("CloudWatch Alarm State Change"),
            ["detail"] = new JsonObject { ["alarmName"] = new JsonArray(AlarmName), ["state"] = new JsonObject { ["value"] = new JsonArray("ALARM") } },
        };
        Rule(account, drain, "orchestrator-drain-on-alarm", new JsonObject { ["EventPattern"] = pattern.ToJsonString() });
    }

    private static void Rule(SimulatedAccount account, DrainDeployment drain, string name, JsonObject definition)
    {
        definition["Name"] = name;
        definition["State"] = "ENABLED";
        account.EventBridge.Invoke("PutRule", definition);
        account.EventBridge.Invoke("PutTargets", new JsonObject
        {
            ["Rule"] = name,
            ["Targets"] = new JsonArray(new JsonObject { ["Id"] = "queue-drain", ["Arn"] = drain.StateMachineArn }),
        });
    }

    /// <summary>Sends a burst in batches of ten, spread evenly over its duration; poison messages are
    /// spread through it.</summary>
    private static void Send(SimulatedAccount account, DrainDeployment drain, TrafficBurst burst, string poisonMarker, HashSet<string> poisonIds)
    {
        // Every step-th message is poison, from the first, until the burst's poison count is reached.
        var step = burst.Poison == 0 ? 0 : Math.Max(1, burst.Messages / burst.Poison);
        var bodies = Enumerable.Range(0, burst.Messages)
            .Select(i => step > 0 && i % step == 0 && i / step < burst.Poison ? $"{poisonMarker} message {i}" : $"message {i}")
            .ToList();
        var chunks = bodies.Chunk(10).ToList();
        for (var c = 0; c < chunks.Count; c++)
        {
            var chunk = chunks[c];
            var offset = chunks.Count <= 1 ? TimeSpan.Zero : burst.Over * c / (chunks.Count - 1);
            account.Scheduler.ScheduleAt(account.Options.Start + burst.At + offset, () =>
            {
                var ids = drain.Send(chunk);
                for (var i = 0; i < ids.Count && i < chunk.Length; i++)
                {
                    if (chunk[i].StartsWith(poisonMarker, StringComparison.Ordinal))
                    {
                        poisonIds.Add(ids[i]);
                    }
                }
            });
        }
    }
}
