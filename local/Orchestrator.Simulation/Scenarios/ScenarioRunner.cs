using System.Text.Json.Nodes;
using Orchestrator.Simulation.Account;
using Orchestrator.Simulation.Workload.Traffic;

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
        var run = Prepare(scenario, triggers: true);
        RunToHorizon(run.Account, scenario, run.Tasks, progress);
        return RunSummaryBuilder.Drain(scenario, run.Account, run.Tasks, run.Executions, run.Poison, run.Capacity?.Figures());
    }

    /// <summary>A fresh account with the queue-drain stack deployed (on the scenario's EC2 cluster when it
    /// has one) and the scenario's traffic scheduled; with <paramref name="triggers"/> also the drain's
    /// triggers (false: the queue is someone else's to serve, as in the designs <c>--compare</c> runs beside
    /// it). The clock has not run yet.</summary>
    internal static PreparedRun Prepare(Scenario scenario, bool triggers)
    {
        var account = new SimulatedAccount(scenario.Account);
        var drain = DrainDeployment.Deploy(account, scenario.Stack, onEc2: scenario.Cluster is not null);
        var capacity = scenario.Cluster is { } cluster ? new SystemCapacity(account, cluster, scenario) : null;
        var tasks = new TaskTracker(account.Ecs, keepStopped: false);
        var executions = new ExecutionTracker(account.StepFunctions);
        var poison = new HashSet<string>(StringComparer.Ordinal);
        if (triggers && scenario.Schedule is { } expression)
        {
            Rule(account, drain, "orchestrator-drain-sweep", new JsonObject { ["ScheduleExpression"] = expression });
        }

        if (triggers && scenario.Alarm)
        {
            Alarm(account, drain);
        }

        var marker = scenario.Account.Workload.PoisonBodyMarker ?? "POISON";
        TrafficSender.Start(account.Scheduler, account.Options.Start, scenario.Traffic, scenario.Account.Seed, marker, bodies =>
        {
            var ids = drain.Send(bodies);
            for (var i = 0; i < ids.Count && i < bodies.Count; i++)
            {
                if (bodies[i].StartsWith(marker, StringComparison.Ordinal))
                {
                    poison.Add(ids[i]);
                }
            }
        });
        return new PreparedRun(account, drain, tasks, executions, poison, capacity);
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
}
