using System.Text.Json.Nodes;
using Orchestrator.Simulation.Services.CloudWatch;
using Orchestrator.Simulation.Services.Ec2;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Tests.Ec2;

/// <summary>The capacity-backfill trigger end to end: Spot Fleet metrics flow into CloudWatch, whose alarm on PendingCapacity fires and clears.</summary>
public class SpotFleetAlarmTests
{
    private static readonly DateTimeOffset Start = Ec2Harness.Start;

    [Fact]
    public void PendingCapacityAlarm_FiresWhileFleetShort_ClearsAfterRefill()
    {
        var (events, _) = Run(seed: 1, interruptionRate: 0);

        Assert.Equal([(Start.AddMinutes(10), "OK"), (Start.AddMinutes(20), "ALARM"), (Start.AddMinutes(35), "OK")], events);
    }

    [Fact]
    public void WholeScenario_SameSeed_SameEventLog()
    {
        var log = Run(seed: 9, interruptionRate: 2).Log;

        Assert.Equal(log, Run(seed: 9, interruptionRate: 2).Log);
        Assert.NotEqual(log, Run(seed: 10, interruptionRate: 2).Log);
    }

    private static (List<(DateTimeOffset, string)> Alarm, string Log) Run(long seed, double interruptionRate)
    {
        var scheduler = new Scheduler(Start);
        var random = new SeededRandom(seed);
        var cloudWatch = new SimulatedCloudWatch(scheduler, random.Fork());
        var ec2 = new SimulatedEc2(scheduler, random.Fork(), new Ec2Options
        {
            InterruptionRatePerHour = interruptionRate,
            SpotCapacity = [new SpotCapacityWindow(Start.AddMinutes(10), Start.AddMinutes(30), SpotCapacityState.Gone, InstanceType: "m5.large", InterruptRunning: true)],
        }, cloudWatch);
        var log = new List<string>();
        var alarm = new List<(DateTimeOffset, string)>();
        ec2.EventPublished += e => log.Add($"{scheduler.Now:O} {e.ToJsonString()}");
        cloudWatch.EventPublished += e =>
        {
            log.Add($"{scheduler.Now:O} {e.ToJsonString()}");
            alarm.Add((scheduler.Now, e["detail"]!["state"]!["value"]!.GetValue<string>()));
        };

        var fleet = ec2.Invoke("RequestSpotFleet", new JsonObject
        {
            ["SpotFleetRequestConfig"] = new JsonObject
            {
                ["IamFleetRole"] = "arn:aws:iam::123456789012:role/fleet",
                ["TargetCapacity"] = 3,
                ["Type"] = "maintain",
                ["LaunchSpecifications"] = new JsonArray(new JsonObject { ["InstanceType"] = "m5.large", ["Placement"] = new JsonObject { ["AvailabilityZone"] = "us-east-1a" } }),
            },
        })["SpotFleetRequestId"]!.GetValue<string>();
        cloudWatch.Invoke("PutMetricAlarm", new JsonObject
        {
            ["AlarmName"] = "spot-pending",
            ["Namespace"] = "AWS/EC2Spot",
            ["MetricName"] = "PendingCapacity",
            ["Dimensions"] = new JsonArray(new JsonObject { ["Name"] = "FleetRequestId", ["Value"] = fleet }),
            ["Statistic"] = "Maximum",
            ["Period"] = 300,
            ["EvaluationPeriods"] = 1,
            ["Threshold"] = 0.0,
            ["ComparisonOperator"] = "GreaterThanThreshold",
        });

        scheduler.Run(Start.AddMinutes(37));
        return (alarm, string.Join("\n", log));
    }
}
