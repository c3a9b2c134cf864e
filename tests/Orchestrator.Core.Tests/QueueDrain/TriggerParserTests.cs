using System.Text.Json.Nodes;
using Orchestrator.Core.QueueDrain;

namespace Orchestrator.Core.Tests.QueueDrain;

public class TriggerParserTests
{
    [Fact]
    public void Parse_AlarmToAlarm_StartsADrain()
    {
        var trigger = TriggerParser.Parse(Samples.AlarmEvent("ALARM"), Samples.QueueUrl);

        Assert.Equal("alarm", trigger.Source);
        Assert.True(trigger.Start);
        Assert.Contains("work-backlog", trigger.Reason, StringComparison.Ordinal);
        Assert.Empty(trigger.RequeueBatches);
    }

    [Theory]
    [InlineData("OK")]
    [InlineData("INSUFFICIENT_DATA")]
    public void Parse_AlarmBackToOk_StartsNothing(string state)
    {
        var trigger = TriggerParser.Parse(Samples.AlarmEvent(state), Samples.QueueUrl);

        Assert.False(trigger.Start);
    }

    [Fact]
    public void Parse_SnsRecords_ReadsTheAlarmMessage()
    {
        var records = new JsonObject
        {
            ["Records"] = new JsonArray { new JsonObject { ["EventSource"] = "aws:sns", ["EventVersion"] = "1.0", ["Sns"] = Samples.SnsEnvelope("ALARM") } },
        };

        var trigger = TriggerParser.Parse(records, Samples.QueueUrl);

        Assert.Equal("sns", trigger.Source);
        Assert.True(trigger.Start);
    }

    [Fact]
    public void Parse_PipeFromSnsFedQueue_ReadsTheEnvelopeInTheBody()
    {
        var batch = new JsonArray { Samples.PipeMessage("alarm-signals", Samples.SnsEnvelope("ALARM").ToJsonString()) };

        var trigger = TriggerParser.Parse(batch, Samples.QueueUrl);

        Assert.Equal("pipe", trigger.Source);
        Assert.True(trigger.Start);
        Assert.Empty(trigger.RequeueBatches);
    }

    [Fact]
    public void Parse_PipeFromWorkQueue_SendsEveryMessageBackInChunksOfTen()
    {
        var batch = new JsonArray();
        for (var i = 0; i < 23; i++)
        {
            batch.Add(Samples.PipeMessage("work", $"job {i}", i));
        }

        var trigger = TriggerParser.Parse(batch, Samples.QueueUrl);

        Assert.True(trigger.Start);
        Assert.Equal([10, 10, 3], trigger.RequeueBatches.Select(b => b.Count));
        Assert.Equal("job 22", trigger.RequeueBatches[2][2].MessageBody);
        Assert.Null(trigger.RequeueBatches[0][0].MessageGroupId);
    }

    [Fact]
    public void Parse_PipeFromFifoWorkQueue_KeepsGroupAndDeduplicatesByOriginalId()
    {
        var batch = new JsonArray { Samples.PipeMessage("work", "job", 7, group: "tenant-1") };

        var entry = TriggerParser.Parse(batch, Samples.QueueUrl).RequeueBatches[0][0];

        Assert.Equal("tenant-1", entry.MessageGroupId);
        Assert.Equal("id-7", entry.MessageDeduplicationId);
    }

    [Fact]
    public void Parse_ScheduledEvent_StartsASweep()
    {
        var scheduled = JsonNode.Parse("""
            {"version":"0","id":"89d1a02d-5ec7-412e-82f5-13505f849b41","detail-type":"Scheduled Event","source":"aws.events",
             "account":"123456789012","time":"2026-01-01T00:00:00Z","region":"us-east-1",
             "resources":["arn:aws:events:us-east-1:123456789012:rule/drain-sweep"],"detail":{}}
            """);

        var trigger = TriggerParser.Parse(scheduled, Samples.QueueUrl);

        Assert.Equal("schedule", trigger.Source);
        Assert.True(trigger.Start);
    }

    [Fact]
    public void Parse_SpotWarning_IsForeign()
    {
        var warning = JsonNode.Parse("""
            {"version":"0","detail-type":"EC2 Spot Instance Interruption Warning","source":"aws.ec2",
             "detail":{"instance-id":"i-1234567890abcdef0","instance-action":"terminate"}}
            """);

        var error = Assert.Throws<InvalidInputException>(() => TriggerParser.Parse(warning, Samples.QueueUrl));

        Assert.Contains("source 'aws.ec2'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AlarmWithoutState_NamesTheMissingField()
    {
        var alarm = Samples.AlarmEvent("ALARM");
        alarm["detail"]!.AsObject().Remove("state");

        var error = Assert.Throws<InvalidInputException>(() => TriggerParser.Parse(alarm, Samples.QueueUrl));

        Assert.Contains("'state' is missing", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("42")]
    [InlineData("\"hello\"")]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData("{\"Records\":[]}")]
    [InlineData("{\"Records\":[{\"EventSource\":\"aws:s3\"}]}")]
    public void Parse_NotATrigger_Throws(string json)
    {
        Assert.Throws<InvalidInputException>(() => TriggerParser.Parse(JsonNode.Parse(json), Samples.QueueUrl));
    }

    [Fact]
    public void Parse_SnsMessageNotJson_SaysSo()
    {
        var envelope = Samples.SnsEnvelope("ALARM");
        envelope["Message"] = "not json";

        var error = Assert.Throws<InvalidInputException>(() => TriggerParser.Parse(envelope, Samples.QueueUrl));

        Assert.Contains("SNS Message is not valid JSON", error.Message, StringComparison.Ordinal);
    }
}
