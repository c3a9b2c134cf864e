using System.Text.Json.Nodes;
using Orchestrator.Simulation.Account;
using Orchestrator.Simulation.Services.ApplicationAutoScaling;

namespace Orchestrator.Simulation.Baselines;

/// <summary>
/// AWS's guidance for queue workers: target tracking on backlog per task, the queue's visible messages
/// divided by the service's running tasks, with the default cooldowns (300 s out, 300 s in).
/// </summary>
/// <remarks>The guidance computes the metric either as metric math in the policy or as a custom metric
/// that a function publishes each minute; the simulated CloudWatch has no metric math, so a publisher
/// puts <c>Orchestrator/Baselines BacklogPerTask</c> every minute from GetQueueAttributes and
/// DescribeServices (visible / max(running, 1)), which the policy's alarms read.</remarks>
internal static class BacklogPerTask
{
    public const string Namespace = "Orchestrator/Baselines";
    public const string MetricName = "BacklogPerTask";

    public static void Deploy(SimulatedAccount account, SimulatedApplicationAutoScaling scaling, ScalableTarget target, string queueUrl, double targetValue)
    {
        var dimensions = new Dictionary<string, string>(StringComparer.Ordinal) { ["ServiceName"] = target.Service };
        scaling.PutTargetTrackingPolicy(target, new TargetTrackingPolicy("BacklogPerTaskTracking", targetValue, TargetTrackingPolicy.DefaultCooldown, TargetTrackingPolicy.DefaultCooldown), Namespace, MetricName, dimensions);
        void Publish()
        {
            var visible = QueueLength.Visible(account, queueUrl);
            var service = account.Ecs.Invoke("DescribeServices", new JsonObject { ["cluster"] = target.Cluster, ["services"] = new JsonArray(target.Service) })["services"]![0]!;
            var running = service["runningCount"]!.GetValue<int>();
            account.CloudWatch.Invoke("PutMetricData", new JsonObject
            {
                ["Namespace"] = Namespace,
                ["MetricData"] = new JsonArray(new JsonObject
                {
                    ["MetricName"] = MetricName,
                    ["Dimensions"] = new JsonArray(new JsonObject { ["Name"] = "ServiceName", ["Value"] = target.Service }),
                    ["Value"] = visible / (double)Math.Max(running, 1),
                }),
            });
            account.Scheduler.Schedule(TimeSpan.FromMinutes(1), Publish);
        }

        account.Scheduler.Schedule(TimeSpan.FromMinutes(1), Publish);
    }
}
