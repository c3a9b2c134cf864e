using System.Text.Json.Nodes;
using Orchestrator.Core.Capacity;

namespace Orchestrator.Core.Tests.Capacity;

public class EventParserTests
{
    [Theory]
    [InlineData("spot-warning-eventbridge.json", "interruption", "eventbridge")]
    [InlineData("spot-warning-sns-records.json", "interruption", "sns")]
    [InlineData("spot-warning-pipe.json", "interruption", "pipe")]
    [InlineData("rebalance-eventbridge.json", "rebalance", "eventbridge")]
    [InlineData("rebalance-sns-records.json", "rebalance", "sns")]
    public void Parse_SampleEvent_GivesKindAndInstance(string file, string kind, string source)
    {
        var interruption = InterruptionParser.Parse(JsonNode.Parse(CapacitySamples.EventFile(file)));

        Assert.Equal(kind, interruption.Kind);
        Assert.Equal(source, interruption.Source);
        Assert.Equal("i-1234567890abcdef0", interruption.InstanceId);
    }

    [Theory]
    [InlineData("""{"source":"aws.ec2","detail-type":"EC2 Instance State-change Notification","time":"2026-01-01T00:00:00Z","detail":{"instance-id":"i-1234567890abcdef0"}}""", "detail-type 'EC2 Instance State-change Notification'")]
    [InlineData("""{"source":"aws.ec2","detail-type":"EC2 Spot Instance Interruption Warning","time":"2026-01-01T00:00:00Z","detail":{"instance-id":"i-1 or 1==1","instance-action":"terminate"}}""", "is not an EC2 instance id")]
    [InlineData("""{"source":"aws.ec2","detail-type":"EC2 Spot Instance Interruption Warning","time":"2026-01-01T00:00:00Z","detail":{"instance-id":"i-1234567890abcdef0"}}""", "'instance-action' is missing")]
    [InlineData("""{"source":"aws.ec2","detail-type":"EC2 Spot Instance Interruption Warning","time":"yesterday","detail":{"instance-id":"i-1234567890abcdef0","instance-action":"terminate"}}""", "'time' is not an ISO 8601 timestamp")]
    [InlineData("""{"Records":[]}""", "Records is empty")]
    [InlineData("""[1,2]""", "a Pipe batch must hold exactly one SQS message")]
    [InlineData("""[{"eventSource":"aws:kinesis","body":"{}"}]""", "expected 'aws:sqs'")]
    public void Parse_MalformedOrForeignEvent_NamesTheProblem(string json, string expected)
    {
        var error = Assert.Throws<InvalidInputException>(() => InterruptionParser.Parse(JsonNode.Parse(json)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pending-capacity-alarm-eventbridge.json", "alarm")]
    [InlineData("pending-capacity-alarm-sns-records.json", "sns")]
    [InlineData("pending-capacity-alarm-pipe.json", "pipe")]
    [InlineData("schedule-eventbridge.json", "schedule")]
    [InlineData("schedule-scheduler.json", "schedule")]
    public void ParseTrigger_SampleEvent_Starts(string file, string source)
    {
        var trigger = CapacityTriggerParser.Parse(JsonNode.Parse(CapacitySamples.EventFile(file)), null);

        Assert.True(trigger.Start);
        Assert.Equal(source, trigger.Source);
    }

    [Fact]
    public void ParseTrigger_AlarmBackToOk_StartsNothing()
    {
        var e = JsonNode.Parse(CapacitySamples.EventFile("pending-capacity-alarm-eventbridge.json"))!;
        e["detail"]!["state"]!["value"] = "OK";

        Assert.False(CapacityTriggerParser.Parse(e, "spot-pending-capacity").Start);
    }

    [Fact]
    public void ParseTrigger_AnotherAlarm_IsForeign()
    {
        var e = JsonNode.Parse(CapacitySamples.EventFile("pending-capacity-alarm-sns-records.json"));

        var error = Assert.Throws<InvalidInputException>(() => CapacityTriggerParser.Parse(e, "other-alarm"));

        Assert.Contains("'spot-pending-capacity' (expected 'other-alarm')", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseTrigger_SpotWarning_IsNotACapacityTrigger()
    {
        var error = Assert.Throws<InvalidInputException>(() => CapacityTriggerParser.Parse(JsonNode.Parse(CapacitySamples.EventFile("spot-warning-eventbridge.json")), null));

        Assert.Contains("source 'aws.ec2'", error.Message, StringComparison.Ordinal);
    }
}
