using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Tests.Sqs;

// Expectations: SQS API reference (CreateQueue, GetQueueUrl, GetQueueAttributes, PurgeQueue) and the
// queue URL / ARN formats of the SQS Developer Guide ("Amazon SQS queue and message identifiers").
public sealed class SqsQueueTests
{
    [Fact]
    public void CreateQueue_NewName_AwsUrlAndArn()
    {
        var h = new SqsHarness();

        var url = h.CreateQueue("work");

        Assert.Equal("https://sqs.us-east-1.amazonaws.com/123456789012/work", url);
        Assert.Equal("arn:aws:sqs:us-east-1:123456789012:work", h.Attribute(url, "QueueArn"));
    }

    [Fact]
    public void CreateQueue_SetupHelper_AppliesAttributes()
    {
        var h = new SqsHarness();

        var url = h.Sqs.CreateQueue("setup", new Dictionary<string, string> { ["VisibilityTimeout"] = "120" });

        Assert.Equal("120", h.Attribute(url, "VisibilityTimeout"));
    }

    [Fact]
    public void CreateQueue_SameNameSameAttributes_SameUrl()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work", new { VisibilityTimeout = "60" });

        Assert.Equal(url, h.CreateQueue("work", new { VisibilityTimeout = "60" }));
    }

    [Fact]
    public void CreateQueue_SameNameOtherAttributes_QueueNameExists()
    {
        var h = new SqsHarness();
        h.CreateQueue("work", new { VisibilityTimeout = "60" });

        var e = h.Fails("CreateQueue", new JsonObject { ["QueueName"] = "work", ["Attributes"] = new JsonObject { ["VisibilityTimeout"] = "90" } });

        Assert.Equal("QueueNameExists", e.Code);
    }

    [Fact]
    public void CreateQueue_Defaults_AsDocumented()
    {
        // CreateQueue API reference defaults: VisibilityTimeout 30, retention 345,600 (4 days), delay 0, wait 0.
        var h = new SqsHarness();
        var url = h.CreateQueue("work");

        Assert.Equal(("30", "345600", "0", "0"), (h.Attribute(url, "VisibilityTimeout"), h.Attribute(url, "MessageRetentionPeriod"),
            h.Attribute(url, "DelaySeconds"), h.Attribute(url, "ReceiveMessageWaitTimeSeconds")));
    }

    [Theory]
    [InlineData("VisibilityTimeout", "43201")]
    [InlineData("MessageRetentionPeriod", "59")]
    [InlineData("DelaySeconds", "901")]
    [InlineData("ReceiveMessageWaitTimeSeconds", "21")]
    public void CreateQueue_AttributeOutOfRange_InvalidAttributeValue(string attribute, string value)
    {
        var h = new SqsHarness();

        var e = h.Fails("CreateQueue", new JsonObject { ["QueueName"] = "q", ["Attributes"] = new JsonObject { [attribute] = value } });

        Assert.Equal("InvalidAttributeValue", e.Code);
        Assert.Contains(attribute, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateQueue_FifoNameWithoutFifoAttribute_InvalidParameterValue()
    {
        var h = new SqsHarness();

        Assert.Equal("InvalidParameterValue", h.Fails("CreateQueue", new JsonObject { ["QueueName"] = "jobs.fifo" }).Code);
    }

    [Fact]
    public void CreateQueue_RedriveToMissingQueue_InvalidParameterValue()
    {
        var h = new SqsHarness();
        var policy = """{"deadLetterTargetArn":"arn:aws:sqs:us-east-1:123456789012:nope","maxReceiveCount":3}""";

        var e = h.Fails("CreateQueue", new JsonObject { ["QueueName"] = "q", ["Attributes"] = new JsonObject { ["RedrivePolicy"] = policy } });

        Assert.Equal("InvalidParameterValue", e.Code);
    }

    [Fact]
    public void GetQueueUrl_UnknownQueue_QueueDoesNotExist()
    {
        var h = new SqsHarness();

        var e = h.Fails("GetQueueUrl", new JsonObject { ["QueueName"] = "missing" });

        Assert.Equal(("QueueDoesNotExist", 400), (e.Code, e.StatusCode));
        Assert.Equal("Sqs.QueueDoesNotExistException", Simulation.Models.AwsErrorNames.ForSdkIntegration("sqs", e.Code));
    }

    [Fact]
    public void SendMessage_UnknownQueueUrl_QueueDoesNotExist()
    {
        var h = new SqsHarness();

        var e = h.Fails("SendMessage", new JsonObject { ["QueueUrl"] = "https://sqs.us-east-1.amazonaws.com/123456789012/none", ["MessageBody"] = "x" });

        Assert.Equal("QueueDoesNotExist", e.Code);
        Assert.Matches("^[0-9a-f-]{36}$", e.RequestId);
    }

    [Fact]
    public void GetQueueAttributes_Counts_VisibleInFlightDelayed()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work");
        h.Send(url, "a");
        h.Send(url, "b");
        h.Send(url, "c", delay: 60);
        h.Receive(url, max: 1);

        Assert.Equal(("1", "1", "1"), (h.Attribute(url, "ApproximateNumberOfMessages"),
            h.Attribute(url, "ApproximateNumberOfMessagesNotVisible"), h.Attribute(url, "ApproximateNumberOfMessagesDelayed")));
    }

    [Fact]
    public void GetQueueAttributes_UnknownName_InvalidAttributeName()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work");

        var e = h.Fails("GetQueueAttributes", new JsonObject { ["QueueUrl"] = url, ["AttributeNames"] = new JsonArray("Bogus") });

        Assert.Equal("InvalidAttributeName", e.Code);
    }

    [Fact]
    public void GetQueueAttributes_NoNames_NoAttributes()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work");

        Assert.Empty(h.Call("GetQueueAttributes", new JsonObject { ["QueueUrl"] = url }));
    }

    [Fact]
    public void PurgeQueue_RemovesMessages_SecondWithin60sFails()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work");
        var id = h.Send(url, "a");

        h.Call("PurgeQueue", new JsonObject { ["QueueUrl"] = url });

        Assert.Empty(h.Receive(url));
        Assert.Equal("PurgeQueueInProgress", h.Fails("PurgeQueue", new JsonObject { ["QueueUrl"] = url }).Code);
        Assert.Equal(id, Assert.Single(h.Log.Lost()).MessageId);
    }

    [Fact]
    public void Invoke_OperationNotInModel_InvalidAction()
    {
        var h = new SqsHarness();

        Assert.Equal("InvalidAction", h.Fails("Recieve", []).Code);
    }

    [Fact]
    public void Invoke_RequestBreakingModel_ServiceValidationError()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work");

        var e = h.Fails("ReceiveMessage", new JsonObject { ["QueueUrl"] = url, ["MaxMessages"] = 5 });

        Assert.Equal("InvalidParameterValue", e.Code);
        Assert.Contains("MaxMessages", e.Message, StringComparison.Ordinal);
    }
}
