using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Tests.Sqs;

// The simulation's contract (ARCHITECTURE.md, "Time is an input"): the same seed gives the same run.
public sealed class SqsReproducibilityTests
{
    private static string Run(long seed)
    {
        var h = new SqsHarness(seed, metrics: true);
        var url = h.CreateQueue("work", new { VisibilityTimeout = "20" });
        var answers = new JsonArray();
        for (var i = 0; i < 5; i++)
        {
            answers.Add(h.Call("SendMessage", new JsonObject { ["QueueUrl"] = url, ["MessageBody"] = $"m{i}" }));
        }

        foreach (var message in h.Receive(url, max: 3))
        {
            answers.Add(message.DeepClone());
            h.Delete(url, SqsHarness.Handle(message));
        }

        try
        {
            h.Call("GetQueueUrl", new JsonObject { ["QueueName"] = "missing" });
        }
        catch (Services.AwsServiceException e)
        {
            answers.Add(e.RequestId);
        }

        h.Scheduler.Run();
        var log = string.Join('\n', h.Log.Events.Select(e => $"{e.Time:O} {e.Kind} {e.MessageId} {e.Detail}"));
        var metrics = string.Join('\n', h.Metrics.Data.Select(d => $"{d.Timestamp:O} {d.MetricName} {d.Value}"));
        return answers.ToJsonString() + log + metrics;
    }

    [Fact]
    public void Run_SameSeed_IdenticalAnswersLogAndMetrics() => Assert.Equal(Run(42), Run(42));

    [Fact]
    public void Run_OtherSeed_OtherIds() => Assert.NotEqual(Run(42), Run(43));
}
