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

    public static RunSummary Run(Scenario scenario)
    {
        var (account, _, tasks) = Prepare(scenario, triggers: true);
        account.Scheduler.Run(scenario.Account.Start + scenario.Horizon);
        return RunSummary.From(scenario, account, tasks);
    }

    /// <summary>A fresh account with the queue-drain stack deployed and the scenario's traffic scheduled;
    /// with <paramref name="triggers"/> also the drain's triggers (false: the queue is someone else's to
    /// serve, as in the designs <c>--compare</c> runs beside it). The clock has not run yet.</summary>
    internal static (SimulatedAccount Account, DrainDeployment Drain, TaskTracker Tasks) Prepare(Scenario scenario, bool triggers)
    {
        var account = new SimulatedAccount(scenario.Account);
        var drain = DrainDeployment.Deploy(account, scenario.Stack);
        var tasks = new TaskTracker(account.Ecs);
        if (triggers && scenario.Schedule is { } expression)
        {
            Rule(account, drain, "orchestrator-drain-sweep", new JsonObject { ["ScheduleExpression"] = expression });
        }

        if (triggers && scenario.Alarm)
        {
            Alarm(account, drain);
        }

        TrafficSender.Start(account.Scheduler, account.Options.Start, scenario.Traffic, scenario.Account.Seed, scenario.Account.Workload.PoisonBodyMarker ?? "POISON", bodies => drain.Send(bodies));

        return (account, drain, tasks);
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
