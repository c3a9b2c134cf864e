using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Tests.Sqs;

// Expectations: SQS Developer Guide "Amazon SQS short and long polling": long polling returns as
// soon as a message is available, otherwise an empty response when WaitTimeSeconds expires; the
// queue's ReceiveMessageWaitTimeSeconds applies when the request gives none; an empty long poll
// counts once in NumberOfEmptyReceives.
public sealed class SqsLongPollingTests
{
    private static JsonObject Receive(string url, int wait) => new() { ["QueueUrl"] = url, ["WaitTimeSeconds"] = wait };

    [Fact]
    public async Task InvokeAsync_MessageArrivesDuringWait_CompletesAtArrival()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work");
        var task = h.Sqs.InvokeAsync("ReceiveMessage", Receive(url, 20));
        h.Scheduler.Schedule(TimeSpan.FromSeconds(7), () => h.Send(url, "late"));

        h.Scheduler.RunUntil(() => task.IsCompleted);

        Assert.Equal("late", SqsHarness.Body(Assert.Single(SqsHarness.Messages((await task)))));
        Assert.Equal(SqsHarness.Start.AddSeconds(7), h.Scheduler.Now);
    }

    [Fact]
    public async Task InvokeAsync_NoMessage_EmptyAfterWaitTime()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work");
        var task = h.Sqs.InvokeAsync("ReceiveMessage", Receive(url, 20));

        h.Scheduler.Run(SqsHarness.Start.AddSeconds(19.9));
        Assert.False(task.IsCompleted);
        h.Scheduler.Run();

        Assert.True(task.IsCompletedSuccessfully);
        Assert.Empty((await task).AsObject());
        Assert.Equal(SqsHarness.Start.AddSeconds(20), h.Scheduler.Now);
    }

    [Fact]
    public void InvokeAsync_QueueDefaultWait_Applies()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work", new { ReceiveMessageWaitTimeSeconds = "5" });
        var task = h.Sqs.InvokeAsync("ReceiveMessage", new JsonObject { ["QueueUrl"] = url });

        h.Scheduler.Run();

        Assert.True(task.IsCompleted);
        Assert.Equal(SqsHarness.Start.AddSeconds(5), h.Scheduler.Now);
    }

    [Fact]
    public async Task InvokeAsync_VisibilityTimeoutEndsDuringWait_ReturnsMessageThen()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work", new { VisibilityTimeout = "12" });
        h.Send(url, "a");
        h.Receive(url);
        var request = Receive(url, 20);
        request["MessageSystemAttributeNames"] = new JsonArray("ApproximateReceiveCount");
        var task = h.Sqs.InvokeAsync("ReceiveMessage", request);

        h.Scheduler.RunUntil(() => task.IsCompleted);

        Assert.Equal(SqsHarness.Start.AddSeconds(12), h.Scheduler.Now);
        Assert.Equal("2", SqsHarness.ReceiveCount(SqsHarness.Messages((await task)).Single()));
    }

    [Fact]
    public async Task InvokeAsync_TwoWaiters_ServedInArrivalOrder()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work");
        var first = h.Sqs.InvokeAsync("ReceiveMessage", Receive(url, 20));
        var second = h.Sqs.InvokeAsync("ReceiveMessage", Receive(url, 20));
        h.Scheduler.Schedule(TimeSpan.FromSeconds(3), () => h.Send(url, "only"));

        h.Scheduler.Run();

        Assert.Single(SqsHarness.Messages((await first)));
        Assert.Empty(SqsHarness.Messages((await second)));
    }

    [Fact]
    public void InvokeAsync_UnknownQueue_FaultsWithAwsError()
    {
        var h = new SqsHarness();

        var task = h.Sqs.InvokeAsync("ReceiveMessage", Receive("https://sqs.us-east-1.amazonaws.com/123456789012/none", 20));

        Assert.Equal("QueueDoesNotExist", Assert.IsType<Services.AwsServiceException>(task.Exception!.InnerException).Code);
    }

    [Fact]
    public void Invoke_WithWaitTime_AnswersAtOnce()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work");

        var answer = h.Call("ReceiveMessage", Receive(url, 20));

        Assert.Empty(answer);
        Assert.Equal(SqsHarness.Start, h.Scheduler.Now);
    }

    [Fact]
    public void InvokeAsync_AfterAnswer_LeavesNoEventsBehind()
    {
        var h = new SqsHarness();
        var url = h.CreateQueue("work", new { VisibilityTimeout = "3600" });
        h.Send(url, "a");
        h.Receive(url); // in flight for an hour: a wake-up would be scheduled while someone waits
        var task = h.Sqs.InvokeAsync("ReceiveMessage", Receive(url, 20));
        h.Scheduler.Schedule(TimeSpan.FromSeconds(1), () => h.Send(url, "b"));

        h.Scheduler.Run();

        Assert.True(task.IsCompletedSuccessfully);
        Assert.Equal(SqsHarness.Start.AddSeconds(1), h.Scheduler.Now);
    }
}
