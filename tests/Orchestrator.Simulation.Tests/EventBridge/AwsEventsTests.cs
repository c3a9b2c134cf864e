using System.Text.Json.Nodes;
using Orchestrator.Simulation.Services.EventBridge;

namespace Orchestrator.Simulation.Tests.EventBridge;

/// <summary>
/// The AWS service events, compared with AWS's published sample events (EC2 user guide "Spot Instance
/// interruption notices" and "EC2 instance rebalance recommendations"; CloudWatch user guide "Alarm
/// events and EventBridge"; ECS developer guide "Amazon ECS task state change events"), and matched by
/// the patterns those guides give.
/// </summary>
public sealed class AwsEventsTests
{
    private readonly EventBridgeHarness _h = new();

    [Fact]
    public void SpotInterruptionWarning_MatchesDocumentedShape()
    {
        var evt = AwsEvents.SpotInterruptionWarning(_h.Bus, "i-1234567890abcdef0", "us-east-2a");
        // Documented sample: resources ["arn:aws:ec2:us-east-2a:instance/i-1234567890abcdef0"], detail {instance-id, instance-action}.
        Assert.Equal("aws.ec2", evt["source"]!.GetValue<string>());
        Assert.Equal("EC2 Spot Instance Interruption Warning", evt["detail-type"]!.GetValue<string>());
        Assert.Equal("arn:aws:ec2:us-east-2a:instance/i-1234567890abcdef0", evt["resources"]![0]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"instance-id":"i-1234567890abcdef0","instance-action":"terminate"}"""), evt["detail"]));
        Assert.True(EventPattern.Parse("""{"source":["aws.ec2"],"detail-type":["EC2 Spot Instance Interruption Warning"]}""").Matches(evt));
    }

    [Fact]
    public void SpotInterruptionWarning_BadAction_Throws() =>
        Assert.Throws<ArgumentException>(() => AwsEvents.SpotInterruptionWarning(_h.Bus, "i-1", "us-east-1a", "reboot"));

    [Fact]
    public void RebalanceRecommendation_MatchesDocumentedShape()
    {
        var evt = AwsEvents.RebalanceRecommendation(_h.Bus, "i-1234567890abcdef0", "us-east-2", "123456789012");
        Assert.Equal("EC2 Instance Rebalance Recommendation", evt["detail-type"]!.GetValue<string>());
        Assert.Equal("arn:aws:ec2:us-east-2:123456789012:instance/i-1234567890abcdef0", evt["resources"]![0]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"instance-id":"i-1234567890abcdef0"}"""), evt["detail"]));
    }

    [Fact]
    public void AlarmStateChange_MatchesDocumentedShape()
    {
        var metrics = JsonNode.Parse("""[{"id":"m1","metricStat":{"metric":{"namespace":"AWS/SQS","name":"ApproximateNumberOfMessagesVisible","dimensions":{"QueueName":"work"}},"period":60,"stat":"Maximum"},"returnData":true}]""")!.AsArray();
        var evt = AwsEvents.AlarmStateChange(_h.Bus, "arn:aws:cloudwatch:us-east-1:123456789012:alarm:work-backlog", "work-backlog",
            new AlarmState("ALARM", "Threshold Crossed", """{"version":"1.0"}""", new DateTimeOffset(2019, 10, 2, 17, 4, 40, 989, TimeSpan.Zero)),
            new AlarmState("OK", "Threshold Crossed", """{"version":"1.0"}""", new DateTimeOffset(2019, 10, 1, 13, 56, 40, 987, TimeSpan.Zero)),
            metrics);
        Assert.Equal("aws.cloudwatch", evt["source"]!.GetValue<string>());
        Assert.Equal("CloudWatch Alarm State Change", evt["detail-type"]!.GetValue<string>());
        var detail = evt["detail"]!;
        Assert.Equal("ALARM", detail["state"]!["value"]!.GetValue<string>());
        // Documented sample timestamp format: "2019-10-02T17:04:40.989+0000"; reasonData is a string.
        Assert.Equal("2019-10-02T17:04:40.989+0000", detail["state"]!["timestamp"]!.GetValue<string>());
        Assert.Equal(System.Text.Json.JsonValueKind.String, detail["state"]!["reasonData"]!.GetValueKind());
        Assert.Equal("OK", detail["previousState"]!["value"]!.GetValue<string>());
        Assert.Equal("ApproximateNumberOfMessagesVisible", detail["configuration"]!["metrics"]![0]!["metricStat"]!["metric"]!["name"]!.GetValue<string>());
        Assert.True(EventPattern.Parse("""{"source":["aws.cloudwatch"],"detail-type":["CloudWatch Alarm State Change"],"detail":{"alarmName":["work-backlog"],"state":{"value":["ALARM"]}}}""").Matches(evt));
    }

    [Fact]
    public void EcsTaskStateChange_TaskAsDetailWithIsoTimes()
    {
        var task = JsonNode.Parse("""{"taskArn":"arn:aws:ecs:us-east-1:123456789012:task/batch/abc","lastStatus":"STOPPED","stopCode":"EssentialContainerExited","createdAt":1579802254.402,"containers":[{"name":"app","exitCode":1}]}""")!.AsObject();
        var evt = AwsEvents.EcsTaskStateChange(_h.Bus, task);
        Assert.Equal("aws.ecs", evt["source"]!.GetValue<string>());
        Assert.Equal("ECS Task State Change", evt["detail-type"]!.GetValue<string>());
        Assert.Equal("arn:aws:ecs:us-east-1:123456789012:task/batch/abc", evt["resources"]![0]!.GetValue<string>());
        Assert.Equal("2020-01-23T17:57:34.402Z", evt["detail"]!["createdAt"]!.GetValue<string>());
        Assert.True(EventPattern.Parse("""{"source":["aws.ecs"],"detail-type":["ECS Task State Change"],"detail":{"lastStatus":["STOPPED"],"containers":{"exitCode":[{"anything-but":0}]}}}""").Matches(evt));
    }

    [Fact]
    public void Publish_ServiceEvent_RoutedToRule()
    {
        _h.Rule("spot", """{"source":["aws.ec2"],"detail-type":["EC2 Spot Instance Interruption Warning"]}""", ""","InputPath":"$.detail.instance-id" """);
        _h.Bus.Publish(AwsEvents.SpotInterruptionWarning(_h.Bus, "i-0abc", "us-east-1b"));
        _h.Scheduler.Run();
        Assert.Equal("\"i-0abc\"", Assert.Single(_h.Received).Invocation.Input);
    }
}
