using System.Text.Json.Nodes;
using Orchestrator.Core;
using Orchestrator.Functions.QueueDrain;

namespace Orchestrator.Functions.Tests.QueueDrain;

public class BuildDrainBatchTests
{
    /// <summary>A ReceiveMessage answer: sqs.json Message members, the receive count a string as SQS sends it.</summary>
    private static JsonObject Message(string id, int receiveCount) => new()
    {
        ["MessageId"] = id,
        ["ReceiptHandle"] = $"rh-{id}",
        ["MD5OfBody"] = "x",
        ["Body"] = $"job {id}",
        ["Attributes"] = new JsonObject { ["ApproximateReceiveCount"] = receiveCount.ToString(System.Globalization.CultureInfo.InvariantCulture) },
    };

    private static JsonObject ParseEvent() => new()
    {
        ["Event"] = JsonNode.Parse(File.ReadAllText(HandlerCall.RepoFile("events", "queue-drain", "schedule.json"))),
        ["Settings"] = HandlerCall.Settings(),
        ["ExecutionName"] = "drain-1",
        ["Now"] = "2026-01-01T00:00:00Z",
    };

    private static JsonObject Event(int batchesPerLane, int done) => new()
    {
        // The parsed settings, as ParseDrainTrigger returns them into the state data (every member).
        ["Settings"] = JsonNode.Parse(HandlerCall.Invoke(ParseDrainTriggerFunction.ParseDrainTrigger, ParseEvent())!["Settings"]!.ToJsonString()),
        ["Receives"] = new JsonArray { new JsonObject { ["Messages"] = new JsonArray { Message("a", 1), Message("b", 2), Message("c", 1) } } },
        ["BatchId"] = "drain-1-c0-l0-b0",
        ["BatchesPerLane"] = batchesPerLane,
        ["Done"] = done,
        ["Now"] = "2026-01-01T00:10:00.250Z",
    };

    [Fact]
    public void BuildDrainBatch_SuspectInReceive_RunsAloneAfterTheFreshPart()
    {
        var batch = HandlerCall.Invoke(BuildDrainBatchFunction.BuildDrainBatch, Event(batchesPerLane: 5, done: 1))!;

        Assert.False((bool)batch["Empty"]!);
        Assert.Equal(["a", "c"], batch["Part"]!["Messages"]!.AsArray().Select(m => (string?)m!["MessageId"]));
        var held = Assert.Single(batch["Parts"]!.AsArray())!;
        Assert.Equal(["b"], held["Messages"]!.AsArray().Select(m => (string?)m!["MessageId"]));
        // The Hold entries go to ChangeMessageVisibilityBatch unchanged: the SQS model's member names.
        var hold = held["Hold"]![0]!.AsObject();
        Assert.Equal(["Id", "ReceiptHandle", "VisibilityTimeout"], hold.Select(p => p.Key));
        Assert.Equal("rh-b", (string?)hold["ReceiptHandle"]);
    }

    [Fact]
    public void BuildDrainBatch_TwoParts_LeaseUntilCoversBothPartsAndTheMargin()
    {
        var batch = HandlerCall.Invoke(BuildDrainBatchFunction.BuildDrainBatch, Event(batchesPerLane: 5, done: 1))!;

        // Now (whole seconds) + 2 parts × visibility (900 + 120 + 20 + 60 = 1,100 s with the sample
        // settings' defaults) + VisibilityMarginSeconds (60).
        var now = new DateTimeOffset(2026, 1, 1, 0, 10, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        Assert.Equal(now + (2 * 1_100) + 60, (long)batch["LeaseUntil"]!);
    }

    [Fact]
    public void BuildDrainBatch_LaneBudgetUsedUp_OnePart()
    {
        var batch = HandlerCall.Invoke(BuildDrainBatchFunction.BuildDrainBatch, Event(batchesPerLane: 3, done: 2))!;

        Assert.Equal(3, batch["Part"]!["Messages"]!.AsArray().Count);
        Assert.Empty(batch["Parts"]!.AsArray());
    }

    [Fact]
    public void BuildDrainBatch_DoneNotANumber_NamesTheField()
    {
        var e = Event(3, 0);
        e["Done"] = "two";

        var error = Assert.Throws<InvalidInputException>(() => HandlerCall.Invoke(BuildDrainBatchFunction.BuildDrainBatch, e));

        Assert.Contains("'Done'", error.Message, StringComparison.Ordinal);
    }
}
