using System.Text.Json.Nodes;
using Orchestrator.Simulation.Services.EventBridge;

namespace Orchestrator.Simulation.Tests.EventBridge;

/// <summary>
/// The bus: PutEvents (API reference "PutEvents": ≤ 10 entries, per-entry results with EventId or
/// ErrorCode/ErrorMessage, FailedEntryCount), rules and targets (PutRule, PutTargets, "Target"), the
/// delivered envelope ("Amazon EventBridge events": version, id, detail-type, source, account, time,
/// region, resources, detail), and input transformation ("Amazon EventBridge input transformation").
/// </summary>
public sealed class SimulatedEventBridgeTests
{
    private const string AppEntry = """{"Source":"com.example.app","DetailType":"Order Placed","Detail":"{\"state\":\"new\",\"n\":3}","Resources":["arn:aws:s3:::bucket"]}""";

    [Fact]
    public void PutEvents_MatchingRule_DeliversEnvelopeAfterLatency()
    {
        var h = new EventBridgeHarness();
        h.Rule("orders", """{"source":["com.example.app"],"detail":{"state":["new"]}}""");
        var answer = h.Call("PutEvents", $$$"""{"Entries":[{{{AppEntry}}}]}""");
        Assert.Equal(0, answer["FailedEntryCount"]!.GetValue<int>());
        var eventId = answer["Entries"]![0]!["EventId"]!.GetValue<string>();

        h.Scheduler.Run();
        var (at, invocation) = Assert.Single(h.Received);
        Assert.Equal(EventBridgeHarness.Start.AddMilliseconds(500), at);
        var envelope = JsonNode.Parse(invocation.Input)!.AsObject();
        Assert.Equal(
            ["version", "id", "detail-type", "source", "account", "time", "region", "resources", "detail"],
            envelope.Select(p => p.Key).ToArray());
        Assert.Equal("0", envelope["version"]!.GetValue<string>());
        Assert.Equal(eventId, envelope["id"]!.GetValue<string>());
        Assert.Equal("Order Placed", envelope["detail-type"]!.GetValue<string>());
        Assert.Equal("2026-01-05T12:00:00Z", envelope["time"]!.GetValue<string>());
        Assert.Equal("123456789012", envelope["account"]!.GetValue<string>());
        Assert.Equal("arn:aws:s3:::bucket", envelope["resources"]![0]!.GetValue<string>());
        Assert.Equal(3, envelope["detail"]!["n"]!.GetValue<int>());
        Assert.Equal("arn:aws:events:us-east-1:123456789012:rule/orders", invocation.SourceArn);
    }

    [Fact]
    public void PutEvents_NoMatch_NothingDelivered()
    {
        var h = new EventBridgeHarness();
        h.Rule("orders", """{"source":["com.example.other"]}""");
        h.Call("PutEvents", $$$"""{"Entries":[{{{AppEntry}}}]}""");
        h.Scheduler.Run();
        Assert.Empty(h.Received);
    }

    [Fact]
    public void PutEvents_DisabledRule_NothingDelivered()
    {
        var h = new EventBridgeHarness();
        h.Rule("orders", """{"source":["com.example.app"]}""");
        h.Call("DisableRule", """{"Name":"orders"}""");
        h.Call("PutEvents", $$$"""{"Entries":[{{{AppEntry}}}]}""");
        h.Scheduler.Run();
        Assert.Empty(h.Received);
        Assert.Equal("DISABLED", h.Call("DescribeRule", """{"Name":"orders"}""")["State"]!.GetValue<string>());
    }

    // Per-entry failures: missing Detail, malformed Detail, an aws.* source (reserved for AWS services).
    [Fact]
    public void PutEvents_BadEntries_PerEntryErrors()
    {
        var h = new EventBridgeHarness();
        var answer = h.Call("PutEvents", $$$"""
            {"Entries":[
              {{{AppEntry}}},
              {"Source":"com.example.app","DetailType":"x"},
              {"Source":"com.example.app","DetailType":"x","Detail":"not json"},
              {"Source":"aws.ec2","DetailType":"x","Detail":"{}"}]}
            """);
        Assert.Equal(3, answer["FailedEntryCount"]!.GetValue<int>());
        var entries = answer["Entries"]!.AsArray();
        Assert.NotNull(entries[0]!["EventId"]);
        Assert.Equal("InvalidArgument", entries[1]!["ErrorCode"]!.GetValue<string>());
        Assert.Equal("MalformedDetail", entries[2]!["ErrorCode"]!.GetValue<string>());
        Assert.Equal("NotAuthorizedForSourceException", entries[3]!["ErrorCode"]!.GetValue<string>());
    }

    // PutEventsRequestEntryList: max 10 entries (events model).
    [Fact]
    public void PutEvents_ElevenEntries_ValidationException()
    {
        var h = new EventBridgeHarness();
        var entries = string.Join(",", Enumerable.Repeat(AppEntry, 11));
        Assert.Equal("ValidationException", h.Fails("PutEvents", $$$"""{"Entries":[{{{entries}}}]}""").Code);
    }

    [Fact]
    public void PutRule_InvalidPattern_InvalidEventPatternException()
    {
        var h = new EventBridgeHarness();
        var error = h.Fails("PutRule", """{"Name":"r","EventPattern":"{\"source\":\"aws.ec2\"}"}""");
        Assert.Equal("InvalidEventPatternException", error.Code);
        Assert.StartsWith("Event pattern is not valid.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PutRule_NeitherPatternNorSchedule_ValidationException() =>
        Assert.Equal("ValidationException", new EventBridgeHarness().Fails("PutRule", """{"Name":"r"}""").Code);

    [Fact]
    public void DescribeRule_Unknown_ResourceNotFound() =>
        Assert.Equal("ResourceNotFoundException", new EventBridgeHarness().Fails("DescribeRule", """{"Name":"nope"}""").Code);

    [Fact]
    public void Target_Input_ConstantDelivered()
    {
        var h = new EventBridgeHarness();
        h.Rule("orders", """{"source":["com.example.app"]}""", ""","Input":"{\"QueueUrl\":\"q\"}" """);
        h.Call("PutEvents", $$$"""{"Entries":[{{{AppEntry}}}]}""");
        h.Scheduler.Run();
        Assert.Equal("""{"QueueUrl":"q"}""", Assert.Single(h.Received).Invocation.Input);
    }

    [Fact]
    public void Target_InputPath_SelectsDetail()
    {
        var h = new EventBridgeHarness();
        h.Rule("orders", """{"source":["com.example.app"]}""", ""","InputPath":"$.detail" """);
        h.Call("PutEvents", $$$"""{"Entries":[{{{AppEntry}}}]}""");
        h.Scheduler.Run();
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"state":"new","n":3}"""), JsonNode.Parse(Assert.Single(h.Received).Invocation.Input)));
    }

    // The API reference example: '{"myInstance": <instance>,"myStatus": "<instance> is in state \"<status>\""}'.
    [Fact]
    public void Target_InputTransformerJsonTemplate_QuotesPerPlacement()
    {
        var h = new EventBridgeHarness();
        h.Rule("ec2", """{"source":["com.example.app"]}""",
            ""","InputTransformer":{"InputPathsMap":{"instance":"$.detail.instance","status":"$.detail.status"},"InputTemplate":"{\"myInstance\": <instance>,\"myStatus\": \"<instance> is in state \\\"<status>\\\"\"}"}""");
        h.Call("PutEvents", """{"Entries":[{"Source":"com.example.app","DetailType":"x","Detail":"{\"instance\":\"i-0123\",\"status\":\"running\"}"}]}""");
        h.Scheduler.Run();
        var input = JsonNode.Parse(Assert.Single(h.Received).Invocation.Input)!;
        Assert.Equal("i-0123", input["myInstance"]!.GetValue<string>());
        Assert.Equal("i-0123 is in state \"running\"", input["myStatus"]!.GetValue<string>());
    }

    // The API reference example "<instance> is in state <status>" (plain text) and the predefined rule-name variable.
    [Fact]
    public void Target_InputTransformerTextTemplate_BareValues()
    {
        var h = new EventBridgeHarness();
        h.Rule("ec2", """{"source":["com.example.app"]}""",
            ""","InputTransformer":{"InputPathsMap":{"instance":"$.detail.instance","status":"$.detail.status"},"InputTemplate":"<instance> is in state <status> (<aws.events.rule-name>)"}""");
        h.Call("PutEvents", """{"Entries":[{"Source":"com.example.app","DetailType":"x","Detail":"{\"instance\":\"i-0123\",\"status\":\"running\"}"}]}""");
        h.Scheduler.Run();
        Assert.Equal("i-0123 is in state running (ec2)", Assert.Single(h.Received).Invocation.Input);
    }

    [Fact]
    public void PutTargets_InputAndInputPath_ValidationException()
    {
        var h = new EventBridgeHarness();
        h.Call("PutRule", """{"Name":"r","EventPattern":"{\"source\":[\"x\"]}"}""");
        Assert.Equal("ValidationException", h.Fails("PutTargets", """{"Rule":"r","Targets":[{"Id":"a","Arn":"arn:aws:states:us-east-1:1:stateMachine:m","Input":"{}","InputPath":"$"}]}""").Code);
    }

    [Fact]
    public void Deliver_UnregisteredArn_RecordedAsFailed()
    {
        var h = new EventBridgeHarness();
        h.Call("PutRule", """{"Name":"r","EventPattern":"{\"source\":[\"com.example.app\"]}"}""");
        h.Call("PutTargets", """{"Rule":"r","Targets":[{"Id":"fn","Arn":"arn:aws:lambda:us-east-1:123456789012:function:missing"}]}""");
        h.Call("PutEvents", $$$"""{"Entries":[{{{AppEntry}}}]}""");
        h.Scheduler.Run();
        var delivery = Assert.Single(h.Bus.Deliveries);
        Assert.Contains("No target is registered", delivery.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TestEventPattern_AnswersResult()
    {
        var h = new EventBridgeHarness();
        var result = h.Call("TestEventPattern", """{"EventPattern":"{\"source\":[\"a\"]}","Event":"{\"source\":\"a\"}"}""");
        Assert.True(result["Result"]!.GetValue<bool>());
    }
}
