using System.Text.Json.Nodes;
using Orchestrator.Simulation.Recording;
using Orchestrator.Simulation.Services;
using Orchestrator.Simulation.Services.Sqs;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Tests.Sqs;

/// <summary>A simulated SQS on a fresh virtual clock, with shorthands for the calls tests make.</summary>
internal sealed class SqsHarness
{
    public static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public SqsHarness(long seed = 1, bool metrics = false, SqsOptions? options = null)
    {
        Sqs = new SimulatedSqs(Scheduler, new SeededRandom(seed), Log, metrics ? Metrics : null, options);
    }

    public Scheduler Scheduler { get; } = new(Start);

    public MessageLog Log { get; } = new();

    public InMemoryMetricSink Metrics { get; } = new();

    public SimulatedSqs Sqs { get; }

    public string CreateQueue(string name, object? attributes = null)
    {
        var request = new JsonObject { ["QueueName"] = name };
        if (attributes is not null)
        {
            request["Attributes"] = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(attributes));
        }

        return Call("CreateQueue", request)["QueueUrl"]!.GetValue<string>();
    }

    public JsonObject Call(string operation, JsonObject request) => Sqs.Invoke(operation, request).AsObject();

    public AwsServiceException Fails(string operation, JsonObject request) =>
        Assert.Throws<AwsServiceException>(() => Sqs.Invoke(operation, request));

    public string Send(string url, string body, string? groupId = null, string? dedupId = null, int? delay = null)
    {
        var request = new JsonObject { ["QueueUrl"] = url, ["MessageBody"] = body };
        if (groupId is not null)
        {
            request["MessageGroupId"] = groupId;
        }

        if (dedupId is not null)
        {
            request["MessageDeduplicationId"] = dedupId;
        }

        if (delay is not null)
        {
            request["DelaySeconds"] = delay;
        }

        return Call("SendMessage", request)["MessageId"]!.GetValue<string>();
    }

    public List<JsonObject> Receive(string url, int max = 10, int? visibility = null)
    {
        var request = new JsonObject { ["QueueUrl"] = url, ["MaxNumberOfMessages"] = max, ["MessageSystemAttributeNames"] = new JsonArray("All") };
        if (visibility is not null)
        {
            request["VisibilityTimeout"] = visibility;
        }

        return Messages(Call("ReceiveMessage", request));
    }

    public static List<JsonObject> Messages(JsonNode response) =>
        response["Messages"]?.AsArray().Select(m => m!.AsObject()).ToList() ?? [];

    public void Delete(string url, string handle) =>
        Call("DeleteMessage", new JsonObject { ["QueueUrl"] = url, ["ReceiptHandle"] = handle });

    public string Attribute(string url, string name) =>
        Call("GetQueueAttributes", new JsonObject { ["QueueUrl"] = url, ["AttributeNames"] = new JsonArray("All") })["Attributes"]![name]!.GetValue<string>();

    public void Advance(TimeSpan time) => Scheduler.Run(Scheduler.Now + time);

    public static string Handle(JsonObject message) => message["ReceiptHandle"]!.GetValue<string>();

    public static string Body(JsonObject message) => message["Body"]!.GetValue<string>();

    public static string ReceiveCount(JsonObject message) => message["Attributes"]!["ApproximateReceiveCount"]!.GetValue<string>();
}
