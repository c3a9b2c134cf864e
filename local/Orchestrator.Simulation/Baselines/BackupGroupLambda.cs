using System.Text.Json.Nodes;
using Orchestrator.Simulation.Account;
using Orchestrator.Simulation.Capacity;
using Orchestrator.Simulation.Services;
using Orchestrator.Simulation.Services.CloudWatch;

namespace Orchestrator.Simulation.Baselines;

/// <summary>
/// Seed 004's backup for a Spot Fleet: a Lambda every minute reads the fleet's PendingCapacity (AWS/EC2Spot,
/// the newest one-minute Maximum) and sets the on-demand Auto Scaling group's desired capacity to it,
/// skipping a run when it changed the desired capacity in the last 10 minutes and never lowering it within
/// 45 minutes of its last raise. It lowers the group with SetDesiredCapacity, so Auto Scaling picks the
/// instances to terminate, busy or not (the seed's defect).
/// </summary>
public static class BackupGroupLambda
{
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan SkipAfterChange = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan ScaleInCooldown = TimeSpan.FromMinutes(45);

    /// <summary>The seed's rule: the desired capacity to set, or null to leave it.</summary>
    public static int? Decide(int desired, int? pending, DateTimeOffset now, DateTimeOffset? lastChange, DateTimeOffset? lastRaise)
    {
        if (pending is not { } target || target == desired || (lastChange is { } changed && now - changed < SkipAfterChange))
        {
            return null;
        }

        if (target < desired && lastRaise is { } raised && now - raised < ScaleInCooldown)
        {
            return null;
        }

        return target;
    }

    /// <summary>Starts the schedule in <paramref name="account"/>; returns a counter of its invocations.</summary>
    internal static Func<int> Deploy(SimulatedAccount account, CapacityInfrastructure infra, int maxSize)
    {
        DateTimeOffset? lastChange = null, lastRaise = null;
        var calls = 0;
        void Tick()
        {
            calls++;
            var now = account.Scheduler.Now;
            var desired = account.AutoScaling.Invoke("DescribeAutoScalingGroups", new JsonObject { ["AutoScalingGroupNames"] = new JsonArray(infra.OnDemandGroupName) })
                ["AutoScalingGroups"]![0]!["DesiredCapacity"]!.GetValue<int>();
            if (Decide(desired, Pending(account, infra.SpotPoolId, now), now, lastChange, lastRaise) is { } target)
            {
                try
                {
                    account.AutoScaling.Invoke("SetDesiredCapacity", new JsonObject { ["AutoScalingGroupName"] = infra.OnDemandGroupName, ["DesiredCapacity"] = Math.Min(target, maxSize) });
                    lastChange = now;
                    lastRaise = target > desired ? now : lastRaise;
                }
                catch (AwsServiceException)
                {
                    // The Lambda fails this minute; the next run tries again.
                }
            }

            account.Scheduler.Schedule(Every, Tick);
        }

        account.Scheduler.Schedule(Every, Tick);
        return () => calls;
    }

    private static int? Pending(SimulatedAccount account, string fleet, DateTimeOffset now)
    {
        var answer = account.CloudWatch.Invoke("GetMetricStatistics", new JsonObject
        {
            ["Namespace"] = "AWS/EC2Spot",
            ["MetricName"] = "PendingCapacity",
            ["Dimensions"] = new JsonArray(new JsonObject { ["Name"] = "FleetRequestId", ["Value"] = fleet }),
            ["StartTime"] = CloudWatchJson.Iso(now.AddMinutes(-5)),
            ["EndTime"] = CloudWatchJson.Iso(now),
            ["Period"] = 60,
            ["Statistics"] = new JsonArray("Maximum"),
        });
        var newest = (answer["Datapoints"] as JsonArray ?? []).OrderBy(p => p!["Timestamp"]!.GetValue<string>(), StringComparer.Ordinal).LastOrDefault();
        return newest is null ? null : (int)Math.Round(newest["Maximum"]!.GetValue<double>());
    }
}
