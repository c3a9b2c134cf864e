using System.Text.Json.Nodes;
using Orchestrator.Simulation.Recording;
using Orchestrator.Simulation.Services;
using Orchestrator.Simulation.Services.EventBridge;
using Orchestrator.Simulation.Services.EventBridge.Pipes;
using Orchestrator.Simulation.Services.Sqs;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Tests.EventBridge;

/// <summary>
/// A pipe from a simulated SQS queue to a state machine. Expectations from the Pipes user guide
/// ("Amazon SQS as a source": batches, batching window, deletion after successful processing, record
/// shape) and API reference (PipeSourceSqsQueueParameters).
/// </summary>
public sealed class SimulatedPipesTests
{
    private const string MachineArn = "arn:aws:states:us-east-1:123456789012:stateMachine:drain";
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 12, 0, 0, TimeSpan.Zero);
    private readonly Scheduler _scheduler = new(Start);
    private readonly SimulatedSqs _sqs;
    private readonly SimulatedPipes _pipes;
    private readonly List<(DateTimeOffset At, JsonArray Records)> _received = [];
    private readonly string _queueUrl;
    private bool _targetFails;

    public SimulatedPipesTests()
    {
        var random = new SeededRandom(11);
        _sqs = new SimulatedSqs(_scheduler, random.Fork(), new MessageLog());
        _queueUrl = _sqs.Invoke("CreateQueue", new JsonObject { ["QueueName"] = "work", ["Attributes"] = new JsonObject { ["VisibilityTimeout"] = "30" } })["QueueUrl"]!.GetValue<string>();
        var targets = new EventTargetRegistry();
        targets.Register(MachineArn, i =>
        {
            if (_targetFails)
            {
                throw new AwsServiceException("sfn", "StateMachineDoesNotExist", 400, "State Machine Does Not Exist");
            }

            _received.Add((_scheduler.Now, JsonNode.Parse(i.Input)!.AsArray()));
        });
        _pipes = new SimulatedPipes(_scheduler, random.Fork(), _sqs, targets, new PipesOptions(StopPollingAt: Start.AddMinutes(5)));
    }

    private void CreatePipe(int batchSize, int window) => _pipes.Invoke("CreatePipe", JsonNode.Parse($$$$"""
        {"Name":"drain","RoleArn":"arn:aws:iam::123456789012:role/pipe","Source":"{{{{_sqs.QueueArn("work")}}}}","Target":"{{{{MachineArn}}}}",
         "SourceParameters":{"SqsQueueParameters":{"BatchSize":{{{{batchSize}}}},"MaximumBatchingWindowInSeconds":{{{{window}}}}}},
         "TargetParameters":{"StepFunctionStateMachineParameters":{"InvocationType":"FIRE_AND_FORGET"}}}
        """)!.AsObject());

    private void Send(int count)
    {
        for (var i = 0; i < count; i++)
        {
            _sqs.Invoke("SendMessage", new JsonObject { ["QueueUrl"] = _queueUrl, ["MessageBody"] = $"m{i}" });
        }
    }

    private int Visible() => int.Parse(
        _sqs.Invoke("GetQueueAttributes", new JsonObject { ["QueueUrl"] = _queueUrl, ["AttributeNames"] = new JsonArray("ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible") })
            ["Attributes"]!.AsObject().Sum(a => int.Parse(a.Value!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Poll_BatchSize_SplitsAndDeletes()
    {
        Send(25);
        CreatePipe(batchSize: 10, window: 0);
        _scheduler.Run();
        Assert.Equal([10, 10, 5], _received.Select(r => r.Records.Count).ToArray());
        Assert.Equal(0, Visible());
    }

    [Fact]
    public void Poll_Record_HasPipesSqsShape()
    {
        Send(1);
        CreatePipe(batchSize: 10, window: 0);
        _scheduler.Run();
        var record = Assert.Single(Assert.Single(_received).Records)!.AsObject();
        Assert.Equal(
            ["messageId", "receiptHandle", "body", "attributes", "messageAttributes", "md5OfBody", "eventSource", "eventSourceARN", "awsRegion"],
            record.Select(p => p.Key).ToArray());
        Assert.Equal("m0", record["body"]!.GetValue<string>());
        Assert.Equal("aws:sqs", record["eventSource"]!.GetValue<string>());
        Assert.Equal("arn:aws:sqs:us-east-1:123456789012:work", record["eventSourceARN"]!.GetValue<string>());
        Assert.Equal("1", record["attributes"]!["ApproximateReceiveCount"]!.GetValue<string>());
    }

    [Fact]
    public void Poll_BatchingWindow_WaitsForMoreMessages()
    {
        CreatePipe(batchSize: 50, window: 20);
        _scheduler.Schedule(TimeSpan.FromSeconds(2), () => Send(3));
        _scheduler.Schedule(TimeSpan.FromSeconds(10), () => Send(4));
        _scheduler.Run();
        var (at, records) = Assert.Single(_received);
        Assert.Equal(7, records.Count);
        // First message picked up at the 2 s poll; the batch goes out when the 20 s window closes.
        Assert.Equal(Start.AddSeconds(22), at);
    }

    [Fact]
    public void Poll_TargetFails_MessagesKeptForRetry()
    {
        _targetFails = true;
        Send(3);
        CreatePipe(batchSize: 10, window: 0);
        _scheduler.Run(Start.AddSeconds(5));
        Assert.Equal(3, Visible());
        Assert.Contains("StateMachineDoesNotExist", _pipes.Deliveries[0].Error, StringComparison.Ordinal);
        _targetFails = false;
        _scheduler.Run();
        // Visible again after the 30 s visibility timeout, then delivered and deleted.
        Assert.Equal(3, Assert.Single(_received).Records.Count);
        Assert.Equal(0, Visible());
    }

    [Fact]
    public void CreatePipe_LargeBatchWithoutWindow_ValidationException() =>
        Assert.Equal("ValidationException", Assert.Throws<AwsServiceException>(() => CreatePipe(batchSize: 100, window: 0)).Code);

    [Fact]
    public void StopPipe_NoMoreDeliveries()
    {
        CreatePipe(batchSize: 10, window: 0);
        _pipes.Invoke("StopPipe", new JsonObject { ["Name"] = "drain" });
        Send(2);
        _scheduler.Run();
        Assert.Empty(_received);
        Assert.Equal("STOPPED", _pipes.Invoke("DescribePipe", new JsonObject { ["Name"] = "drain" })["CurrentState"]!.GetValue<string>());
    }
}
