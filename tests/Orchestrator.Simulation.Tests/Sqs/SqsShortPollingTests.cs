using System.Text.Json.Nodes;
using Orchestrator.Simulation.Services.Sqs;

namespace Orchestrator.Simulation.Tests.Sqs;

// Expectations: SQS Developer Guide "Amazon SQS short and long polling": a short poll "queries only
// a subset of the servers (based on a weighted random distribution)" and answers at once "even if
// the query found no messages"; with fewer than 1,000 messages "a subsequent request will return
// your messages"; a long poll "queries all of the servers".
public sealed class SqsShortPollingTests
{
    private static readonly SqsOptions Sampling = new(ShortPolling: new ShortPolling(Servers: 8, SampleRate: 0.5));

    private static JsonObject Receive(string url, int wait) => new() { ["QueueUrl"] = url, ["MaxNumberOfMessages"] = 10, ["WaitTimeSeconds"] = wait };

    [Fact]
    public void ShortPoll_SmallQueue_OftenFewerThanVisibleAndSometimesNone()
    {
        var h = new SqsHarness(options: Sampling);
        var url = h.CreateQueue("work", new { VisibilityTimeout = "0" });
        for (var i = 0; i < 5; i++)
        {
            h.Send(url, $"m{i}");
        }

        var counts = Enumerable.Range(0, 200).Select(_ => SqsHarness.Messages(h.Call("ReceiveMessage", Receive(url, 0))).Count).ToList();

        Assert.All(counts, c => Assert.InRange(c, 0, 5));
        Assert.Contains(0, counts);
        Assert.Contains(5, counts);
        Assert.True(counts.Count(c => c < 5) > 100, $"only {counts.Count(c => c < 5)} of 200 short polls missed a message");
    }

    [Fact]
    public void ShortPoll_RepeatedOnASmallQueue_EventuallyReturnsEveryMessage()
    {
        var h = new SqsHarness(options: Sampling);
        var url = h.CreateQueue("work");
        var sent = Enumerable.Range(0, 30).Select(i => h.Send(url, $"m{i}")).ToHashSet();
        var received = new HashSet<string>();

        for (var i = 0; i < 50 && received.Count < sent.Count; i++)
        {
            received.UnionWith(SqsHarness.Messages(h.Call("ReceiveMessage", Receive(url, 0))).Select(m => m!["MessageId"]!.GetValue<string>()));
        }

        Assert.Equal(sent.Order(), received.Order());
    }

    [Fact]
    public async Task LongPoll_WithSampling_QueriesEveryServer()
    {
        var h = new SqsHarness(options: Sampling);
        var url = h.CreateQueue("work", new { VisibilityTimeout = "0" });
        for (var i = 0; i < 5; i++)
        {
            h.Send(url, $"m{i}");
        }

        for (var i = 0; i < 50; i++)
        {
            Assert.Equal(5, SqsHarness.Messages(await h.Sqs.InvokeAsync("ReceiveMessage", Receive(url, 1))).Count);
        }
    }

    [Fact]
    public void ShortPoll_SameSeed_SameAnswers()
    {
        List<int> Run()
        {
            var h = new SqsHarness(seed: 7, options: Sampling);
            var url = h.CreateQueue("work", new { VisibilityTimeout = "0" });
            h.Send(url, "a");
            h.Send(url, "b");
            return [.. Enumerable.Range(0, 40).Select(_ => SqsHarness.Messages(h.Call("ReceiveMessage", Receive(url, 0))).Count)];
        }

        Assert.Equal(Run(), Run());
    }

    [Fact]
    public void ShortPolling_SampleRateZero_Refused()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new SqsHarness(options: new SqsOptions(ShortPolling: new ShortPolling(SampleRate: 0))));
        Assert.Contains("SampleRate", e.Message, StringComparison.Ordinal);
    }
}
