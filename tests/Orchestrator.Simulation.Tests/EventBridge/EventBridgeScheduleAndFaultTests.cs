using System.Text.Json.Nodes;
using Orchestrator.Simulation.Services.EventBridge;

namespace Orchestrator.Simulation.Tests.EventBridge;

/// <summary>
/// Scheduled rules (user guide "Creating a rule that runs on a schedule": the scheduled event has
/// detail-type "Scheduled Event", source "aws.events", the rule ARN as resource and an empty detail),
/// the horizon that ends them, and seeded fault injection.
/// </summary>
public sealed class EventBridgeScheduleAndFaultTests
{
    private const string AppEntry = """{"Source":"com.example.app","DetailType":"x","Detail":"{}"}""";

    [Fact]
    public void ScheduledRule_Rate_FiresScheduledEventsUntilHorizon()
    {
        var h = new EventBridgeHarness(new EventBridgeOptions(StopSchedulesAt: EventBridgeHarness.Start.AddMinutes(16)));
        h.Bus.Invoke("PutRule", new JsonObject { ["Name"] = "sweep", ["ScheduleExpression"] = "rate(5 minutes)" });
        h.Call("PutTargets", $$$"""{"Rule":"sweep","Targets":[{"Id":"t","Arn":"{{{EventBridgeHarness.MachineArn}}}"}]}""");

        h.Scheduler.Run();

        Assert.Equal(3, h.Received.Count);
        Assert.Equal(EventBridgeHarness.Start.AddMinutes(5).AddMilliseconds(500), h.Received[0].At);
        var envelope = JsonNode.Parse(h.Received[0].Invocation.Input)!;
        Assert.Equal("Scheduled Event", envelope["detail-type"]!.GetValue<string>());
        Assert.Equal("aws.events", envelope["source"]!.GetValue<string>());
        Assert.Equal("arn:aws:events:us-east-1:123456789012:rule/sweep", envelope["resources"]![0]!.GetValue<string>());
        Assert.Empty(envelope["detail"]!.AsObject());
        Assert.Equal("2026-01-05T12:05:00Z", envelope["time"]!.GetValue<string>());
    }

    [Fact]
    public void ScheduledRule_Deleted_StopsFiring()
    {
        var h = new EventBridgeHarness();
        h.Bus.Invoke("PutRule", new JsonObject { ["Name"] = "sweep", ["ScheduleExpression"] = "cron(0/1 * * * ? *)" });
        h.Call("PutTargets", $$$"""{"Rule":"sweep","Targets":[{"Id":"t","Arn":"{{{EventBridgeHarness.MachineArn}}}"}]}""");
        h.Scheduler.Run(EventBridgeHarness.Start.AddMinutes(2).AddSeconds(30));
        h.Call("RemoveTargets", """{"Rule":"sweep","Ids":["t"]}""");
        h.Call("DeleteRule", """{"Name":"sweep"}""");
        h.Scheduler.Run();
        Assert.Equal(2, h.Received.Count);
    }

    [Theory]
    [InlineData("rate(5 minute)")]
    [InlineData("at(2026-01-01T00:00:00)")]
    public void PutRule_BadSchedule_ValidationException(string expression)
    {
        var h = new EventBridgeHarness();
        var error = Assert.Throws<Orchestrator.Simulation.Services.AwsServiceException>(
            () => h.Bus.Invoke("PutRule", new JsonObject { ["Name"] = "r", ["ScheduleExpression"] = expression }));
        Assert.Equal("Parameter ScheduleExpression is not valid.", error.Message);
    }

    [Fact]
    public void Faults_DuplicateProbabilityOne_DeliversTwice()
    {
        var h = new EventBridgeHarness(new EventBridgeOptions(DuplicateDeliveryProbability: 1));
        h.Rule("r", """{"source":["com.example.app"]}""");
        h.Call("PutEvents", $$$"""{"Entries":[{{{AppEntry}}}]}""");
        h.Scheduler.Run();
        Assert.Equal(2, h.Received.Count);
        Assert.Equal(h.Received[0].Invocation.EventId, h.Received[1].Invocation.EventId);
    }

    [Fact]
    public void Faults_CustomDistribution_Used()
    {
        var h = new EventBridgeHarness(new EventBridgeOptions(DelayedDeliveryProbability: 1, ExtraDelayDistribution: _ => TimeSpan.FromSeconds(30)));
        h.Rule("r", """{"source":["com.example.app"]}""");
        h.Call("PutEvents", $$$"""{"Entries":[{{{AppEntry}}}]}""");
        h.Scheduler.Run();
        Assert.Equal(EventBridgeHarness.Start.AddSeconds(30.5), Assert.Single(h.Received).At);
    }

    [Fact]
    public void Faults_Delayed_WithinBoundAndReproducible()
    {
        List<DateTimeOffset> Run(long seed)
        {
            var h = new EventBridgeHarness(new EventBridgeOptions(DelayedDeliveryProbability: 1, MaxExtraDelay: TimeSpan.FromMinutes(1)), seed);
            h.Rule("r", """{"source":["com.example.app"]}""");
            for (var i = 0; i < 5; i++)
            {
                h.Call("PutEvents", $$$"""{"Entries":[{{{AppEntry}}}]}""");
            }

            h.Scheduler.Run();
            return h.Received.Select(r => r.At).ToList();
        }

        var first = Run(9);
        Assert.Equal(first, Run(9));
        Assert.All(first, at => Assert.InRange(at, EventBridgeHarness.Start.AddMilliseconds(500), EventBridgeHarness.Start.AddSeconds(60.5)));
        Assert.True(first.Distinct().Count() > 1);
    }
}
