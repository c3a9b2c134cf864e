using System.Text.Json.Nodes;
using Orchestrator.Simulation.Services.Ecs;

namespace Orchestrator.Simulation.Tests.Account;

/// <summary>The services of one account reach each other as in AWS: EC2 hosts join ECS, EC2 events reach EventBridge rules, alarm actions reach SNS.</summary>
public class AccountWiringTests
{
    private const string GroupArn = "arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:1:autoScalingGroupName/spot-asg";

    [Fact]
    public void AsgCapacityProvider_TaskWaitsInProvisioning_ThenRunsOnTheGroupsNewInstance()
    {
        // ECS cluster auto scaling guide: with managed scaling a task that cannot be placed waits in
        // PROVISIONING; it is placed once the group's new instance has registered with the cluster.
        var h = new AccountHarness();
        h.Account.AutoScaling.Invoke("CreateAutoScalingGroup", new JsonObject
        {
            ["AutoScalingGroupName"] = "spot-asg",
            ["MinSize"] = 0,
            ["MaxSize"] = 4,
            ["DesiredCapacity"] = 0,
            ["AvailabilityZones"] = new JsonArray("us-east-1a"),
            ["LaunchTemplate"] = new JsonObject { ["LaunchTemplateName"] = "batch-node", ["Version"] = "$Latest" },
        });
        h.Ecs("CreateCapacityProvider", new JsonObject
        {
            ["name"] = "spot-asg",
            ["autoScalingGroupProvider"] = new JsonObject { ["autoScalingGroupArn"] = GroupArn, ["managedScaling"] = new JsonObject { ["status"] = "ENABLED" } },
        });
        h.Account.HostEcsInstances("spot-asg", "batch", "spot-asg");
        var task = h.Ecs("RunTask", new JsonObject
        {
            ["cluster"] = "batch",
            ["taskDefinition"] = "worker",
            ["capacityProviderStrategy"] = new JsonArray(new JsonObject { ["capacityProvider"] = "spot-asg", ["weight"] = 1 }),
        })["tasks"]![0]!["taskArn"]!.GetValue<string>();
        h.RunFor(TimeSpan.FromMinutes(2));
        Assert.Equal("PROVISIONING", h.Task(task)["lastStatus"]!.GetValue<string>());

        h.Account.AutoScaling.Invoke("SetDesiredCapacity", new JsonObject { ["AutoScalingGroupName"] = "spot-asg", ["DesiredCapacity"] = 1 });
        h.RunFor(TimeSpan.FromMinutes(2));

        var placed = h.Task(task);
        Assert.Equal("RUNNING", placed["lastStatus"]!.GetValue<string>());
        var groupInstance = h.Account.AutoScaling.Invoke("DescribeAutoScalingGroups", new JsonObject { ["AutoScalingGroupNames"] = new JsonArray("spot-asg") })
            ["AutoScalingGroups"]![0]!["Instances"]![0]!["InstanceId"]!.GetValue<string>();
        Assert.Equal(groupInstance, h.InstanceOf(placed["containerInstanceArn"]!.GetValue<string>()));
    }

    [Fact]
    public void SpotFleetInstance_InterruptionWarningReachesRule_TaskStopsAsSpotInterruptionTwoMinutesLater()
    {
        // AWS-FACTS: the warning is an EventBridge event (source aws.ec2) two minutes before termination;
        // a task on a reclaimed Spot instance stops with stop code SpotInterruption.
        var h = new AccountHarness();
        var (url, arn) = h.Queue("warnings");
        h.Account.EventBridge.Invoke("PutRule", new JsonObject
        {
            ["Name"] = "spot-warnings",
            ["EventPattern"] = """{"source":["aws.ec2"],"detail-type":["EC2 Spot Instance Interruption Warning"]}""",
        });
        h.Account.EventBridge.Invoke("PutTargets", new JsonObject
        {
            ["Rule"] = "spot-warnings",
            ["Targets"] = new JsonArray(new JsonObject { ["Id"] = "queue", ["Arn"] = arn }),
        });
        var fleet = h.Account.Ec2.Invoke("RequestSpotFleet", new JsonObject
        {
            ["SpotFleetRequestConfig"] = new JsonObject
            {
                ["IamFleetRole"] = "arn:aws:iam::123456789012:role/fleet",
                ["TargetCapacity"] = 1,
                ["Type"] = "maintain",
                ["LaunchSpecifications"] = new JsonArray(new JsonObject { ["InstanceType"] = "m5.large" }),
            },
        })["SpotFleetRequestId"]!.GetValue<string>();
        h.Account.HostEcsInstances(fleet, "batch");
        h.RunFor(TimeSpan.FromMinutes(2));
        var task = h.Ecs("RunTask", new JsonObject { ["cluster"] = "batch", ["taskDefinition"] = "worker", ["launchType"] = "EC2" })["tasks"]![0]!;
        var instance = h.InstanceOf(task["containerInstanceArn"]!.GetValue<string>());
        h.RunFor(TimeSpan.FromMinutes(1));

        h.Account.Ec2.InterruptInstance(instance);
        h.RunFor(TimeSpan.FromSeconds(1));
        var warning = JsonNode.Parse(Assert.Single(h.Bodies(url)))!;
        Assert.Equal(instance, warning["detail"]!["instance-id"]!.GetValue<string>());
        Assert.Equal("RUNNING", h.Task(task["taskArn"]!.GetValue<string>())["lastStatus"]!.GetValue<string>());

        h.RunFor(TimeSpan.FromMinutes(2));
        var stopped = h.Task(task["taskArn"]!.GetValue<string>());
        Assert.Equal("STOPPED", stopped["lastStatus"]!.GetValue<string>());
        Assert.Equal(StopCodes.SpotInterruption, stopped["stopCode"]!.GetValue<string>());
    }

    [Fact]
    public void AlarmAction_PublishesToTopic_QueueSubscriberGetsTheAlarmMessageInAnSnsEnvelope()
    {
        // CloudWatch alarm actions publish the alarm JSON to SNS; an SQS subscriber receives SNS's
        // notification envelope with Type "Notification" and the alarm JSON as Message.
        var h = new AccountHarness();
        var (url, arn) = h.Queue("alarms");
        var topic = h.Account.Sns.Invoke("CreateTopic", new JsonObject { ["Name"] = "ops" })["TopicArn"]!.GetValue<string>();
        h.Account.Sns.Invoke("Subscribe", new JsonObject { ["TopicArn"] = topic, ["Protocol"] = "sqs", ["Endpoint"] = arn });
        h.Account.CloudWatch.Invoke("PutMetricAlarm", new JsonObject
        {
            ["AlarmName"] = "busy",
            ["Namespace"] = "Test",
            ["MetricName"] = "Depth",
            ["Statistic"] = "Maximum",
            ["Period"] = 60,
            ["EvaluationPeriods"] = 1,
            ["Threshold"] = 0.0,
            ["ComparisonOperator"] = "GreaterThanThreshold",
            ["AlarmActions"] = new JsonArray(topic),
        });
        h.Account.CloudWatch.Put("Test", "Depth", new Dictionary<string, string>(), h.Now, 5, "Count");
        h.RunFor(TimeSpan.FromMinutes(3));

        var envelope = JsonNode.Parse(Assert.Single(h.Bodies(url)))!;
        Assert.Equal("Notification", envelope["Type"]!.GetValue<string>());
        var alarm = JsonNode.Parse(envelope["Message"]!.GetValue<string>())!;
        Assert.Equal("busy", alarm["AlarmName"]!.GetValue<string>());
        Assert.Equal("ALARM", alarm["NewStateValue"]!.GetValue<string>());
    }
}
