using System.Text.Json.Nodes;
using Orchestrator.Simulation.Recording;
using Orchestrator.Simulation.Services;
using Orchestrator.Simulation.Services.EventBridge;
using Orchestrator.Simulation.Services.Sns;
using Orchestrator.Simulation.Services.Sqs;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Tests.Sns;

/// <summary>
/// SNS with real simulated SQS and a recording Lambda. Expectations: SNS developer guide ("Fanout to
/// Amazon SQS queues": the body is the JSON notification; "Amazon SNS raw message delivery"; "Amazon SNS
/// message and JSON formats": Type, MessageId, TopicArn, Subject, Message, Timestamp, SignatureVersion,
/// Signature, SigningCertURL, UnsubscribeURL, MessageAttributes), Lambda developer guide ("Using Lambda
/// with Amazon SNS" example event), SNS API reference (Publish: NotFound for a missing topic).
/// </summary>
public sealed class SimulatedSnsTests
{
    private const string FunctionArn = "arn:aws:lambda:us-east-1:123456789012:function:on-alarm";
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 12, 0, 0, TimeSpan.Zero);
    private readonly Scheduler _scheduler = new(Start);
    private readonly SimulatedSqs _sqs;
    private readonly SimulatedSns _sns;
    private readonly List<EventTargetInvocation> _lambda = [];
    private readonly string _topic;
    private readonly string _queueUrl;

    public SimulatedSnsTests()
    {
        var random = new SeededRandom(3);
        _sqs = new SimulatedSqs(_scheduler, random.Fork(), new MessageLog());
        var targets = new EventTargetRegistry();
        targets.Register(FunctionArn, _lambda.Add);
        _sns = new SimulatedSns(_scheduler, random.Fork(), targets, _sqs);
        _topic = Call("CreateTopic", """{"Name":"alarms"}""")["TopicArn"]!.GetValue<string>();
        _queueUrl = _sqs.Invoke("CreateQueue", new JsonObject { ["QueueName"] = "work" })["QueueUrl"]!.GetValue<string>();
    }

    private JsonNode Call(string operation, string request) => _sns.Invoke(operation, JsonNode.Parse(request)!.AsObject());

    private string Subscribe(string protocol, string endpoint, string attributes = "") =>
        Call("Subscribe", $$$"""{"TopicArn":"{{{_topic}}}","Protocol":"{{{protocol}}}","Endpoint":"{{{endpoint}}}"{{{attributes}}}}""")["SubscriptionArn"]!.GetValue<string>();

    private JsonObject ReceiveOne()
    {
        var answer = _sqs.Invoke("ReceiveMessage", new JsonObject { ["QueueUrl"] = _queueUrl, ["MessageAttributeNames"] = new JsonArray("All") });
        return Assert.Single(answer["Messages"]!.AsArray())!.AsObject();
    }

    [Fact]
    public void CreateTopic_ArnInAccountAndRegion() =>
        Assert.Equal("arn:aws:sns:us-east-1:123456789012:alarms", _topic);

    [Fact]
    public void Publish_ToSqs_BodyIsNotificationEnvelope()
    {
        var subscription = Subscribe("sqs", _sqs.QueueArn("work"));
        var messageId = Call("Publish", $$$$"""{"TopicArn":"{{{{_topic}}}}","Message":"{\"AlarmName\":\"backlog\"}","Subject":"ALARM: backlog","MessageAttributes":{"kind":{"DataType":"String","StringValue":"alarm"}}}""")["MessageId"]!.GetValue<string>();
        _scheduler.Run();

        var body = JsonNode.Parse(ReceiveOne()["Body"]!.GetValue<string>())!.AsObject();
        Assert.Equal(
            ["Type", "MessageId", "TopicArn", "Subject", "Message", "Timestamp", "SignatureVersion", "Signature", "SigningCertURL", "UnsubscribeURL", "MessageAttributes"],
            body.Select(p => p.Key).ToArray());
        Assert.Equal("Notification", body["Type"]!.GetValue<string>());
        Assert.Equal(messageId, body["MessageId"]!.GetValue<string>());
        Assert.Equal("{\"AlarmName\":\"backlog\"}", body["Message"]!.GetValue<string>());
        Assert.Equal("1", body["SignatureVersion"]!.GetValue<string>());
        Assert.Equal("2026-01-05T12:00:00.000Z", body["Timestamp"]!.GetValue<string>());
        Assert.EndsWith($"SubscriptionArn={subscription}", body["UnsubscribeURL"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"kind":{"Type":"String","Value":"alarm"}}"""), body["MessageAttributes"]));
    }

    [Fact]
    public void Publish_NoSubject_EnvelopeOmitsSubject()
    {
        Subscribe("sqs", _sqs.QueueArn("work"));
        Call("Publish", $$$"""{"TopicArn":"{{{_topic}}}","Message":"hello"}""");
        _scheduler.Run();
        var body = JsonNode.Parse(ReceiveOne()["Body"]!.GetValue<string>())!.AsObject();
        Assert.False(body.ContainsKey("Subject"));
        Assert.False(body.ContainsKey("MessageAttributes"));
    }

    [Fact]
    public void Publish_RawDelivery_BodyIsMessageAndAttributesCarried()
    {
        Subscribe("sqs", _sqs.QueueArn("work"), ""","Attributes":{"RawMessageDelivery":"true"}""");
        Call("Publish", $$$$"""{"TopicArn":"{{{{_topic}}}}","Message":"plain text","MessageAttributes":{"kind":{"DataType":"String","StringValue":"alarm"}}}""");
        _scheduler.Run();
        var message = ReceiveOne();
        Assert.Equal("plain text", message["Body"]!.GetValue<string>());
        Assert.Equal("alarm", message["MessageAttributes"]!["kind"]!["StringValue"]!.GetValue<string>());
    }

    [Fact]
    public void Publish_ToLambda_RecordsEvent()
    {
        var subscription = Subscribe("lambda", FunctionArn);
        Call("Publish", $$$"""{"TopicArn":"{{{_topic}}}","Message":"hello"}""");
        _scheduler.Run();
        var evt = JsonNode.Parse(Assert.Single(_lambda).Input)!;
        var record = evt["Records"]![0]!;
        Assert.Equal("aws:sns", record["EventSource"]!.GetValue<string>());
        Assert.Equal("1.0", record["EventVersion"]!.GetValue<string>());
        Assert.Equal(subscription, record["EventSubscriptionArn"]!.GetValue<string>());
        var sns = record["Sns"]!.AsObject();
        Assert.Equal("hello", sns["Message"]!.GetValue<string>());
        Assert.True(sns.ContainsKey("Subject"));
        Assert.Null(sns["Subject"]);
        Assert.NotNull(sns["SigningCertUrl"]);
        Assert.NotNull(sns["UnsubscribeUrl"]);
        Assert.Empty(sns["MessageAttributes"]!.AsObject());
    }

    [Fact]
    public void Publish_UnknownTopic_NotFound()
    {
        var error = Assert.Throws<AwsServiceException>(() => Call("Publish", """{"TopicArn":"arn:aws:sns:us-east-1:123456789012:nope","Message":"x"}"""));
        Assert.Equal("NotFound", error.Code);
        Assert.Equal("SNS.NotFoundException", Orchestrator.Simulation.Models.AwsErrorNames.ForOptimized("sns", error.Code));
    }

    [Fact]
    public void Publish_TooLong_InvalidParameter()
    {
        var message = new string('x', 262_145);
        var error = Assert.Throws<AwsServiceException>(() => _sns.Invoke("Publish", new JsonObject { ["TopicArn"] = _topic, ["Message"] = message }));
        Assert.Equal("InvalidParameter", error.Code);
    }

    [Fact]
    public void Publish_ExactlyLimit_Accepted() =>
        _sns.Invoke("Publish", new JsonObject { ["TopicArn"] = _topic, ["Message"] = new string('x', 262_144) });

    [Fact]
    public void Subscribe_RawDeliveryForLambda_InvalidParameter() =>
        Assert.Equal("InvalidParameter", Assert.Throws<AwsServiceException>(() => Subscribe("lambda", FunctionArn, ""","Attributes":{"RawMessageDelivery":"true"}""")).Code);

    [Fact]
    public void Unsubscribe_StopsDelivery()
    {
        var subscription = Subscribe("lambda", FunctionArn);
        Call("Unsubscribe", $$$"""{"SubscriptionArn":"{{{subscription}}}"}""");
        Call("Publish", $$$"""{"TopicArn":"{{{_topic}}}","Message":"hello"}""");
        _scheduler.Run();
        Assert.Empty(_lambda);
    }
}
