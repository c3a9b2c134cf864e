using System.Text.Json.Nodes;
using Orchestrator.Simulation.Recording;
using Orchestrator.Simulation.Services.EventBridge;
using Orchestrator.Simulation.Services.Sqs;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Tests.EventBridge;

/// <summary>Target resolution, and a rule delivering to a real simulated SQS queue (the event JSON becomes the message body, as EventBridge's SQS target does).</summary>
public sealed class EventTargetRegistryTests
{
    [Fact]
    public void Resolve_ExactBeatsPrefix_LongestPrefixWins()
    {
        var registry = new EventTargetRegistry();
        var hits = new List<string>();
        registry.RegisterPrefix("arn:aws:states:", _ => hits.Add("states"));
        registry.RegisterPrefix("arn:aws:states:us-east-1:123456789012:stateMachine:", _ => hits.Add("machines"));
        registry.Register("arn:aws:states:us-east-1:123456789012:stateMachine:drain", _ => hits.Add("drain"));
        foreach (var arn in new[] { "arn:aws:states:us-east-1:123456789012:stateMachine:drain", "arn:aws:states:us-east-1:123456789012:stateMachine:other", "arn:aws:states:eu-west-1:1:activity:x" })
        {
            registry.Resolve(arn)!(new EventTargetInvocation(arn, "{}", "rule", null));
        }

        Assert.Equal(["drain", "machines", "states"], hits);
        Assert.Null(registry.Resolve("arn:aws:lambda:us-east-1:1:function:f"));
    }

    [Theory]
    [InlineData("arn:aws:sqs:us-east-1:123456789012:work", "https://sqs.us-east-1.amazonaws.com/123456789012/work")]
    [InlineData("arn:aws:sqs:eu-west-1:111122223333:jobs.fifo", "https://sqs.eu-west-1.amazonaws.com/111122223333/jobs.fifo")]
    public void QueueUrl_FromArn(string arn, string url) => Assert.Equal(url, EventTargetRegistry.QueueUrl(arn));

    [Fact]
    public void QueueUrl_NotSqs_Throws() =>
        Assert.Throws<ArgumentException>(() => EventTargetRegistry.QueueUrl("arn:aws:sns:us-east-1:1:topic"));

    [Fact]
    public void UseSqs_RuleTarget_EventBecomesMessageBody()
    {
        var start = new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero);
        var scheduler = new Scheduler(start);
        var random = new SeededRandom(2);
        var sqs = new SimulatedSqs(scheduler, random.Fork(), new MessageLog());
        var url = sqs.Invoke("CreateQueue", new JsonObject { ["QueueName"] = "events" })["QueueUrl"]!.GetValue<string>();
        var targets = new EventTargetRegistry();
        targets.UseSqs(sqs);
        var bus = new SimulatedEventBridge(scheduler, random.Fork(), targets);
        bus.Invoke("PutRule", new JsonObject { ["Name"] = "spot", ["EventPattern"] = """{"source":["aws.ec2"]}""" });
        bus.Invoke("PutTargets", JsonNode.Parse($$$"""{"Rule":"spot","Targets":[{"Id":"q","Arn":"{{{sqs.QueueArn("events")}}}"}]}""")!.AsObject());

        bus.Publish(AwsEvents.SpotInterruptionWarning(bus, "i-0abc", "us-east-1a"));
        scheduler.Run();

        var message = sqs.Invoke("ReceiveMessage", new JsonObject { ["QueueUrl"] = url })["Messages"]![0]!;
        var body = JsonNode.Parse(message["Body"]!.GetValue<string>())!;
        Assert.Equal("EC2 Spot Instance Interruption Warning", body["detail-type"]!.GetValue<string>());
        Assert.Null(Assert.Single(bus.Deliveries).Error);
    }
}
