using System.Text.Json.Nodes;
using Orchestrator.Core;
using Orchestrator.Functions.Capacity;
using Orchestrator.Functions.Tests.QueueDrain;

namespace Orchestrator.Functions.Tests.Capacity;

public class CapacityFunctionTests
{
    public static TheoryData<string> InterruptionSamples() => ["spot-warning-eventbridge.json", "spot-warning-sns-records.json", "spot-warning-pipe.json", "rebalance-eventbridge.json", "rebalance-sns-records.json"];

    public static TheoryData<string> TriggerSamples() =>
        ["pending-capacity-alarm-eventbridge.json", "pending-capacity-alarm-sns-records.json", "pending-capacity-alarm-pipe.json", "schedule-eventbridge.json", "schedule-scheduler.json"];

    [Theory]
    [MemberData(nameof(InterruptionSamples))]
    public void ParseInterruption_EverySample_FindsTheInstance(string file)
    {
        var start = HandlerCall.Invoke(ParseInterruptionFunction.ParseInterruption,
            new JsonObject { ["Event"] = CapacityEvents.Sample(file), ["Settings"] = CapacityEvents.StackSettings(), ["Now"] = CapacityEvents.Now })!;

        Assert.Equal("ec2InstanceId == i-1234567890abcdef0", (string?)start["Filter"]);
        Assert.Equal(file.StartsWith("spot-warning", StringComparison.Ordinal), (bool)start["Replace"]!);
        Assert.Equal("replacement#i-1234567890abcdef0", (string?)start["IdempotencyKey"]);
        Assert.Equal(1767226200 + 3600, (long)start["IdempotencyExpiresAt"]!);
        Assert.Equal("lock#od", (string?)start["Lock"]!["Key"]);
        Assert.Equal("SpotFleet", (string?)start["Settings"]!["SpotPoolKind"]);
    }

    [Fact]
    public void ParseInterruption_RebalanceWithReplace_Replaces()
    {
        var settings = CapacityEvents.StackSettings();
        settings["RebalanceAction"] = "drain-and-replace";

        var start = HandlerCall.Invoke(ParseInterruptionFunction.ParseInterruption,
            new JsonObject { ["Event"] = CapacityEvents.Sample("rebalance-eventbridge.json"), ["Settings"] = settings, ["Now"] = CapacityEvents.Now })!;

        Assert.True((bool)start["Replace"]!);
    }

    [Fact]
    public void PlanReplacement_LostWeightTwo_RaisesByTwo()
    {
        var interruption = HandlerCall.Invoke(ParseInterruptionFunction.ParseInterruption,
            new JsonObject { ["Event"] = CapacityEvents.Sample("spot-warning-eventbridge.json"), ["Settings"] = CapacityEvents.StackSettings(), ["Now"] = CapacityEvents.Now })!["Interruption"]!;

        var plan = HandlerCall.Invoke(PlanReplacementFunction.PlanReplacement, new JsonObject
        {
            ["Settings"] = CapacityEvents.ParsedSettings(),
            ["Interruption"] = interruption.DeepClone(),
            ["Drained"] = CapacityEvents.ContainerInstances(("i-1234567890abcdef0", "DRAINING", 2, "m5.xlarge")),
            ["SpotPool"] = CapacityEvents.Fleet(6, 6),
            ["OnDemand"] = CapacityEvents.OnDemand(1),
        })!;

        Assert.Equal((true, 3, 2), ((bool)plan["Change"]!, (int)plan["DesiredCapacity"]!, (int)plan["Added"]!));
        Assert.Equal("spot-interruption", (string?)plan["Notification"]!["Workflow"]);
    }

    [Fact]
    public void PlanReplacement_NothingDrained_ClearError()
    {
        var e = new JsonObject
        {
            ["Settings"] = CapacityEvents.ParsedSettings(),
            ["Interruption"] = new JsonObject { ["Kind"] = "interruption", ["InstanceId"] = "i-1234567890abcdef0", ["EventTime"] = CapacityEvents.Now, ["Source"] = "eventbridge" },
            ["Drained"] = new JsonObject { ["ContainerInstances"] = new JsonArray(), ["Failures"] = new JsonArray(new JsonObject { ["Arn"] = "x", ["Reason"] = "MISSING" }) },
            ["SpotPool"] = CapacityEvents.Fleet(6, 6),
            ["OnDemand"] = CapacityEvents.OnDemand(1),
        };

        var error = Assert.Throws<InvalidInputException>(() => HandlerCall.Invoke(PlanReplacementFunction.PlanReplacement, e));

        Assert.Contains("MISSING", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TriggerSamples))]
    public void ParseCapacityTrigger_EverySample_Starts(string file)
    {
        var start = HandlerCall.Invoke(ParseCapacityTriggerFunction.ParseCapacityTrigger,
            new JsonObject { ["Event"] = CapacityEvents.Sample(file), ["Settings"] = CapacityEvents.StackSettings(), ["Now"] = CapacityEvents.Now })!;

        Assert.True((bool)start["Start"]!);
        Assert.Equal(0, (int)start["Observation"]!["Checks"]!);
        Assert.Equal($"healthy#{CapacityEvents.FleetId}", (string?)start["HealthKey"]);
    }

    [Fact]
    public void PlanBackfill_FirstShortfall_Waits_ThenRaises()
    {
        JsonObject Event(JsonNode observation, string now) => new()
        {
            ["Settings"] = CapacityEvents.ParsedSettings(),
            ["SpotPool"] = CapacityEvents.Fleet(4, 1),
            ["OnDemand"] = CapacityEvents.OnDemand(0),
            ["Observation"] = observation,
            ["Now"] = now,
        };

        var first = HandlerCall.Invoke(PlanBackfillFunction.PlanBackfill, Event(new JsonObject { ["Checks"] = 0 }, CapacityEvents.Now))!;
        var second = HandlerCall.Invoke(PlanBackfillFunction.PlanBackfill, Event(first["Observation"]!.DeepClone(), "2026-01-01T00:12:00.000Z"))!;

        Assert.Equal(("wait", 120), ((string?)first["Action"], (int)first["WaitSeconds"]!));
        Assert.Equal(("raise", 3), ((string?)second["Action"], (int)second["DesiredCapacity"]!));
    }

    [Fact]
    public void PickInstancesToRetire_HealthyLongEnough_DrainsThenTerminatesEmpty()
    {
        var plan = HandlerCall.Invoke(PickInstancesToRetireFunction.PickInstancesToRetire, new JsonObject
        {
            ["Settings"] = CapacityEvents.ParsedSettings(),
            ["SpotPool"] = CapacityEvents.Fleet(4, 4),
            ["OnDemand"] = CapacityEvents.OnDemand(2, "i-0d000001", "i-0d000002"),
            ["Instances"] = CapacityEvents.ContainerInstances(("i-0d000001", "DRAINING", 0, "m5.large"), ("i-0d000002", "ACTIVE", 3, "m5.large")),
            ["Health"] = new JsonObject { ["Item"] = new JsonObject { ["Id"] = new JsonObject { ["S"] = "healthy#x" }, ["Since"] = new JsonObject { ["N"] = "1767222000" } } },
            ["Now"] = CapacityEvents.Now,
        })!;

        Assert.Equal(["i-0d000001"], plan["Terminate"]!.AsArray().Select(n => (string)n!));
        Assert.Single(plan["Drain"]!.AsArray());
        Assert.Equal("keep", (string?)plan["Hysteresis"]);
    }
}
