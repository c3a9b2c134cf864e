using System.Globalization;
using System.Text.Json.Nodes;
using Orchestrator.Simulation.Account;
using Orchestrator.Simulation.Scenarios;
using Orchestrator.Simulation.Services.ApplicationAutoScaling;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Baselines;

/// <summary>
/// Deploys one of the service designs (S0, S1, S3, backlog-target) on the scenario's queue: an ECS
/// service of polling workers on Fargate and the scaler that design uses. Every rule and its source is
/// in docs/COMPARE.md; the constants here are those rules.
/// </summary>
internal static class ServiceDesigns
{
    public const string ServiceName = "queue-worker";

    /// <summary>Seed 000 sets the queue's visibility timeout to 12 hours.</summary>
    public const int S0VisibilitySeconds = 43_200;

    /// <summary>Backlog per task the backlog-target design aims for: acceptable latency over the time per
    /// message (AWS's guidance); the scenario's MessagesPerTask, the same figure the drain sizes lanes by.</summary>
    public static double BacklogTarget(DrainStack stack) => stack.MessagesPerTask;

    public static PollingService Deploy(Design design, SimulatedAccount account, DrainDeployment drain, long seed)
    {
        var stack = drain.Stack;
        var min = design == Design.S0 ? 0 : 1;
        var max = design == Design.S1 ? 20 : stack.MaxConcurrentTasks;
        if (design == Design.S0)
        {
            account.Sqs.Invoke("SetQueueAttributes", new JsonObject
            {
                ["QueueUrl"] = drain.QueueUrl,
                ["Attributes"] = new JsonObject { ["VisibilityTimeout"] = S0VisibilitySeconds.ToString(CultureInfo.InvariantCulture) },
            });
        }

        var workers = new PollingService(account, drain.QueueUrl, account.Options.Workload, new SeededRandom(seed).Fork());
        account.Tasks.ForService(ServiceName, workers);
        account.Ecs.Invoke("CreateService", new JsonObject
        {
            ["cluster"] = stack.Cluster,
            ["serviceName"] = ServiceName,
            ["taskDefinition"] = stack.TaskFamily,
            ["launchType"] = "FARGATE",
            ["desiredCount"] = min,
        });
        var scaling = new SimulatedApplicationAutoScaling(account.Scheduler, account.CloudWatch, account.Ecs);
        var target = new ScalableTarget(stack.Cluster, ServiceName, min, max);
        scaling.RegisterScalableTarget(target);
        switch (design)
        {
            case Design.S0:
                DeployS0(account, scaling, target, stack);
                break;
            case Design.S1:
                DeployS1(account, scaling, target, stack);
                break;
            case Design.S3:
                RuleLambda.Deploy(account, scaling, target, drain.QueueUrl);
                break;
            case Design.BacklogTarget:
                BacklogPerTask.Deploy(account, scaling, target, drain.QueueUrl, BacklogTarget(stack));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(design), design, "Not a service design.");
        }

        return workers;
    }

    /// <summary>CDK QueueProcessingFargateService as seed 000 configures it: steps {upper 0: 0}, {lower 1: +1}
    /// on the queue's visible messages (CDK's metric defaults: Maximum over 5 minutes, 1 evaluation period,
    /// no cooldown), and a CPU alarm (Average ≤ 0.01 % over 3 minutes, 1 datapoint) that sets the count to 0.</summary>
    private static void DeployS0(SimulatedAccount account, SimulatedApplicationAutoScaling scaling, ScalableTarget target, DrainStack stack)
    {
        var up = scaling.PutStepScalingPolicy(target, new StepScalingPolicy("QueueMessagesVisibleScalingUpper", AdjustmentType.ChangeInCapacity, [new StepAdjustment(0, null, 1)], TimeSpan.Zero));
        var down = scaling.PutStepScalingPolicy(target, new StepScalingPolicy("QueueMessagesVisibleScalingLower", AdjustmentType.ChangeInCapacity, [new StepAdjustment(null, 0, 0)], TimeSpan.Zero));
        QueueAlarm(account, "s0-visible-upper", stack.QueueName, 300, 1, "GreaterThanOrEqualToThreshold", up);
        QueueAlarm(account, "s0-visible-lower", stack.QueueName, 300, 0, "LessThanOrEqualToThreshold", down);
        var idle = scaling.PutStepScalingPolicy(target, new StepScalingPolicy("CpuIdleToZero", AdjustmentType.ExactCapacity, [new StepAdjustment(null, 0, 0)], TimeSpan.Zero));
        Alarm(account, "s0-cpu-idle", "AWS/ECS", "CPUUtilization", "Average", new() { ["ClusterName"] = stack.Cluster, ["ServiceName"] = ServiceName }, 180, 0.01, "LessThanOrEqualToThreshold", idle);
    }

    /// <summary>Seed 001: steps {upper 1: −1}, {lower 2: +1}, {lower 4: +2}, {lower 8: +4}, {lower 20: +10},
    /// ChangeInCapacity, cooldown 10 s, min 1, max 20, on one-minute Maximum of visible messages.</summary>
    private static void DeployS1(SimulatedAccount account, SimulatedApplicationAutoScaling scaling, ScalableTarget target, DrainStack stack)
    {
        var cooldown = TimeSpan.FromSeconds(10);
        var up = scaling.PutStepScalingPolicy(target, new StepScalingPolicy("VisibleUpper", AdjustmentType.ChangeInCapacity,
            [new StepAdjustment(0, 2, 1), new StepAdjustment(2, 6, 2), new StepAdjustment(6, 18, 4), new StepAdjustment(18, null, 10)], cooldown));
        var down = scaling.PutStepScalingPolicy(target, new StepScalingPolicy("VisibleLower", AdjustmentType.ChangeInCapacity, [new StepAdjustment(null, 0, -1)], cooldown));
        QueueAlarm(account, "s1-visible-upper", stack.QueueName, 60, 2, "GreaterThanOrEqualToThreshold", up);
        QueueAlarm(account, "s1-visible-lower", stack.QueueName, 60, 1, "LessThanOrEqualToThreshold", down);
    }

    private static void QueueAlarm(SimulatedAccount account, string name, string queue, int period, double threshold, string comparison, string action) =>
        Alarm(account, name, "AWS/SQS", "ApproximateNumberOfMessagesVisible", "Maximum", new() { ["QueueName"] = queue }, period, threshold, comparison, action);

    private static void Alarm(SimulatedAccount account, string name, string ns, string metric, string statistic, Dictionary<string, string> dimensions, int period, double threshold, string comparison, string action) =>
        account.CloudWatch.Invoke("PutMetricAlarm", new JsonObject
        {
            ["AlarmName"] = name,
            ["Namespace"] = ns,
            ["MetricName"] = metric,
            ["Dimensions"] = new JsonArray(dimensions.Select(d => (JsonNode)new JsonObject { ["Name"] = d.Key, ["Value"] = d.Value }).ToArray()),
            ["Statistic"] = statistic,
            ["Period"] = period,
            ["EvaluationPeriods"] = 1,
            ["Threshold"] = threshold,
            ["ComparisonOperator"] = comparison,
            ["AlarmActions"] = new JsonArray(action),
        });
}
