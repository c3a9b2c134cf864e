using System.Text.Json.Nodes;
using Orchestrator.Core;
using Orchestrator.Functions.QueueDrain;

namespace Orchestrator.Functions.Tests.QueueDrain;

public class ParseDrainTriggerTests
{
    public static TheoryData<string> SampleEvents() =>
        [.. Directory.GetFiles(HandlerCall.RepoFile("events", "queue-drain"), "*.json").Select(f => Path.GetFileName(f)).Order()];

    private static JsonObject Event(JsonNode? trigger) => new()
    {
        ["Event"] = trigger,
        ["Settings"] = HandlerCall.Settings(),
        ["ExecutionName"] = "drain-1",
        ["Now"] = "2026-01-01T00:00:00Z",
    };

    [Theory]
    [MemberData(nameof(SampleEvents))]
    public void ParseDrainTrigger_EverySampleEvent_StartsADrain(string file)
    {
        var trigger = JsonNode.Parse(File.ReadAllText(HandlerCall.RepoFile("events", "queue-drain", file)));

        var start = HandlerCall.Invoke(ParseDrainTriggerFunction.ParseDrainTrigger, Event(trigger))!;

        Assert.True((bool)start["Start"]!);
        Assert.Equal("drain-1", (string?)start["Report"]!["Owner"]);
        Assert.Equal("worker", (string?)start["Settings"]!["TaskFamily"]);
        Assert.Equal(new[] { 10, 10, 5 }, start["ReceiveSizes"]!.AsArray().Select(n => (int)n!));
    }

    [Fact]
    public void ParseDrainTrigger_PipeFromWorkQueue_ReturnsSendMessageBatchEntries()
    {
        var trigger = JsonNode.Parse(File.ReadAllText(HandlerCall.RepoFile("events", "queue-drain", "pipe-work-queue.json")));

        var start = HandlerCall.Invoke(ParseDrainTriggerFunction.ParseDrainTrigger, Event(trigger))!;

        var entry = start["RequeueBatches"]![0]![0]!.AsObject();
        Assert.Equal("m0", (string?)entry["Id"]);
        Assert.Equal("{\"job\":\"render\",\"id\":42}", (string?)entry["MessageBody"]);
        Assert.False(entry.ContainsKey("MessageGroupId"));
    }

    [Fact]
    public void ParseDrainTrigger_HandOver_KeepsOwnerAndTotals()
    {
        var report = new JsonObject
        {
            ["Owner"] = "drain-0", ["Executions"] = 1, ["Cycles"] = 9, ["EventsUsed"] = 19000,
            ["Totals"] = new JsonObject { ["Messages"] = 1234 }, ["EstimatedCostUsd"] = 0.5, ["LastReason"] = "x",
        };

        var start = HandlerCall.Invoke(ParseDrainTriggerFunction.ParseDrainTrigger, Event(new JsonObject { ["handover"] = report }))!;

        Assert.True((bool)start["Start"]!);
        Assert.Equal("drain-0", (string?)start["Report"]!["Owner"]);
        Assert.Equal(2, (int)start["Report"]!["Executions"]!);
        Assert.Equal(1234, (int)start["Report"]!["Totals"]!["Messages"]!);
        Assert.True((int)start["Report"]!["EventsUsed"]! < 1000);
    }

    [Fact]
    public void ParseDrainTrigger_ForeignEvent_FailsWithClearError()
    {
        var warning = JsonNode.Parse("""{"detail-type":"EC2 Spot Instance Interruption Warning","source":"aws.ec2","detail":{}}""");

        var error = Assert.Throws<InvalidInputException>(() => HandlerCall.Invoke(ParseDrainTriggerFunction.ParseDrainTrigger, Event(warning)));

        Assert.Contains("aws.ec2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseDrainTrigger_BadSetting_NamesIt()
    {
        var e = Event(JsonNode.Parse(File.ReadAllText(HandlerCall.RepoFile("events", "queue-drain", "schedule.json"))));
        e["Settings"]!["BatchSize"] = "lots";

        var error = Assert.Throws<InvalidInputException>(() => HandlerCall.Invoke(ParseDrainTriggerFunction.ParseDrainTrigger, e));

        Assert.Contains("BatchSize 'lots'", error.Message, StringComparison.Ordinal);
    }
}
