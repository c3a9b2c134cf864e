using System.Text.Json.Nodes;
using Orchestrator.Simulation.Tests.AutoScaling;
using Orchestrator.Simulation.Tests.CloudWatch;

namespace Orchestrator.Simulation.Tests.Ec2;

/// <summary>Every response member exists in the AWS API model's output shape, required members are present, and enum values are the model's.</summary>
public class ResponseShapeTests
{
    [Fact]
    public void Ec2Responses_MatchOutputShapes()
    {
        var ec2 = new Ec2Harness();
        var run = ec2.Call("RunInstances", new JsonObject { ["MinCount"] = 2, ["MaxCount"] = 2, ["InstanceType"] = "m5.large", ["InstanceMarketOptions"] = new JsonObject { ["MarketType"] = "spot" } });
        var fleet = ec2.Call("RequestSpotFleet", new JsonObject
        {
            ["SpotFleetRequestConfig"] = new JsonObject
            {
                ["IamFleetRole"] = "arn:aws:iam::123456789012:role/fleet",
                ["TargetCapacity"] = 2,
                ["LaunchTemplateConfigs"] = new JsonArray(new JsonObject
                {
                    ["LaunchTemplateSpecification"] = new JsonObject { ["LaunchTemplateName"] = "node", ["Version"] = "1" },
                    ["Overrides"] = new JsonArray(new JsonObject { ["InstanceType"] = "c5.large", ["WeightedCapacity"] = 1.0 }),
                }),
            },
        });
        ec2.RunFor(TimeSpan.FromMinutes(1));
        var id = fleet["SpotFleetRequestId"]!.GetValue<string>();
        var first = run["Instances"]![0]!["InstanceId"]!.GetValue<string>();

        Assert.Empty(OutputShapeChecker.Problems("ec2", "RunInstances", run));
        Assert.Empty(OutputShapeChecker.Problems("ec2", "RequestSpotFleet", fleet));
        Assert.Empty(OutputShapeChecker.Problems("ec2", "DescribeInstances", ec2.Call("DescribeInstances", [])));
        Assert.Empty(OutputShapeChecker.Problems("ec2", "DescribeSpotFleetRequests", ec2.Call("DescribeSpotFleetRequests", [])));
        Assert.Empty(OutputShapeChecker.Problems("ec2", "DescribeSpotFleetInstances", ec2.Call("DescribeSpotFleetInstances", new JsonObject { ["SpotFleetRequestId"] = id })));
        Assert.Empty(OutputShapeChecker.Problems("ec2", "ModifySpotFleetRequest", ec2.Call("ModifySpotFleetRequest", new JsonObject { ["SpotFleetRequestId"] = id, ["TargetCapacity"] = 1 })));
        Assert.Empty(OutputShapeChecker.Problems("ec2", "TerminateInstances", ec2.Call("TerminateInstances", new JsonObject { ["InstanceIds"] = new JsonArray(first) })));
        Assert.Empty(OutputShapeChecker.Problems("ec2", "CancelSpotFleetRequests", ec2.Call("CancelSpotFleetRequests", new JsonObject { ["SpotFleetRequestIds"] = new JsonArray(id, "sfr-x"), ["TerminateInstances"] = true })));
        Assert.Empty(OutputShapeChecker.Problems("ec2", "DescribeAvailabilityZones", ec2.Call("DescribeAvailabilityZones", [])));
    }

    [Fact]
    public void AutoScalingResponses_MatchOutputShapes()
    {
        var asg = new AutoScalingHarness();
        asg.Create(desired: 2, extra: new JsonObject { ["DefaultInstanceWarmup"] = 60 });
        asg.RunFor(TimeSpan.FromMinutes(1));
        var victim = asg.Instances()[0]["InstanceId"]!.GetValue<string>();

        Assert.Empty(OutputShapeChecker.Problems("autoscaling", "DescribeAutoScalingGroups", asg.Call("DescribeAutoScalingGroups", [])));
        Assert.Empty(OutputShapeChecker.Problems("autoscaling", "TerminateInstanceInAutoScalingGroup", asg.Call("TerminateInstanceInAutoScalingGroup", new JsonObject { ["InstanceId"] = victim, ["ShouldDecrementDesiredCapacity"] = false })));
        Assert.Empty(OutputShapeChecker.Problems("autoscaling", "DescribeScalingActivities", asg.Call("DescribeScalingActivities", new JsonObject { ["AutoScalingGroupName"] = "od" })));
    }

    [Fact]
    public void CloudWatchResponses_MatchOutputShapes()
    {
        var cw = new CloudWatchHarness();
        cw.Call("PutMetricAlarm", CloudWatchHarness.Alarm());
        cw.Feed(0, 10, 1);
        cw.RunUntil(CloudWatchHarness.Start.AddMinutes(2));
        var query = new JsonObject
        {
            ["MetricDataQueries"] = new JsonArray(new JsonObject
            {
                ["Id"] = "m1",
                ["MetricStat"] = new JsonObject
                {
                    ["Metric"] = new JsonObject { ["Namespace"] = "Orchestrator/Test", ["MetricName"] = "Backlog", ["Dimensions"] = new JsonArray(new JsonObject { ["Name"] = "QueueName", ["Value"] = "work" }) },
                    ["Period"] = 60,
                    ["Stat"] = "Average",
                },
            }),
            ["StartTime"] = "2026-01-01T00:00:00Z",
            ["EndTime"] = "2026-01-01T01:00:00Z",
        };
        var statistics = new JsonObject
        {
            ["Namespace"] = "Orchestrator/Test", ["MetricName"] = "Backlog",
            ["Dimensions"] = new JsonArray(new JsonObject { ["Name"] = "QueueName", ["Value"] = "work" }),
            ["StartTime"] = "2026-01-01T00:00:00Z", ["EndTime"] = "2026-01-01T01:00:00Z", ["Period"] = 60, ["Statistics"] = new JsonArray("Sum"),
        };

        Assert.Empty(OutputShapeChecker.Problems("cloudwatch", "GetMetricData", cw.Call("GetMetricData", query)));
        Assert.Empty(OutputShapeChecker.Problems("cloudwatch", "GetMetricStatistics", cw.Call("GetMetricStatistics", statistics)));
        Assert.Empty(OutputShapeChecker.Problems("cloudwatch", "DescribeAlarms", cw.Call("DescribeAlarms", [])));
        Assert.Empty(OutputShapeChecker.Problems("cloudwatch", "ListMetrics", cw.Call("ListMetrics", [])));
        Assert.Equal("ALARM", cw.State());
    }
}
