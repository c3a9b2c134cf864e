using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Orchestrator.Functions;
using Orchestrator.Simulation.Scenarios;
using Orchestrator.States.Execution;

namespace Orchestrator.Simulation.Tests.Workflows;

/// <summary>The drain's lease is short and kept alive by the lanes' heartbeats (docs/QUEUE-DRAIN.md):
/// a drain stopped by hand blocks its queue only until the last heartbeat's expiry.</summary>
public class DrainLeaseTests
{
    [Fact]
    public void Drain_StoppedByHandMidDrain_LeaseExpiresSoonAndANewDrainFinishesTheRest()
    {
        var fixture = new DrainFixture(new DrainStack { MaxConcurrentTasks = 5 });
        var ids = fixture.Drain.Send(Enumerable.Range(0, 300).Select(i => $"job {i}"));
        var first = fixture.Drain.Trigger(fixture.ScheduleEvent());
        fixture.Account.Scheduler.RunUntil(() => fixture.Account.Log.Messages.Count(m => m.DeletedAt is not null) >= 60);

        fixture.Account.StepFunctions.Invoke("StopExecution", new JsonObject { ["executionArn"] = first.Arn });
        var stoppedAt = fixture.Account.Scheduler.Now;

        Assert.Equal(ExecutionStatus.Aborted, first.Status);
        // The engine stops .sync children with their parent, as AWS does.
        Assert.All(fixture.Lanes, lane => Assert.NotEqual(ExecutionStatus.Running, lane.Status));
        var expiresAt = LeaseExpiresAt(fixture) ?? throw new InvalidOperationException("a stopped drain left no lease");
        var settings = fixture.Lanes[0].Input!["Settings"].Deserialize(FunctionJson.Default.DrainSettings)!;
        var bound = (MaxPartsPerReceive(fixture) * settings.VisibilityTimeoutSeconds) + settings.VisibilityMarginSeconds;
        Assert.InRange(expiresAt - stoppedAt.ToUnixTimeSeconds(), 1, bound);
        AssertEveryLeaseWriteWithin(fixture, bound);
        Assert.Contains(LeaseWrites(fixture), w => w.State == "KeepLease");

        // Still held: a trigger now finds the queue taken.
        var early = fixture.Drain.Trigger(fixture.ScheduleEvent());
        fixture.Account.Scheduler.RunUntil(() => early.IsFinished);
        Assert.Equal("already-draining", early.Output!["Status"]!.GetValue<string>());

        // After the expiry a new trigger drains the rest.
        fixture.Account.Scheduler.Run(DateTimeOffset.FromUnixTimeSeconds(expiresAt + 1));
        var second = fixture.Drain.Trigger(fixture.ScheduleEvent());
        fixture.RunUntilDrained();

        Assert.True(second.Status == ExecutionStatus.Succeeded, fixture.Describe(second));
        Assert.Equal("drained", second.Output!["Status"]!.GetValue<string>());
        Assert.All(ids, id => Assert.NotNull(fixture.Account.Log.Find(id)!.DeletedAt));
        Assert.Empty(fixture.Account.Log.Lost());
        Assert.Empty(fixture.Account.Log.DeletedBeforeSuccess());
        // The stopped lanes' messages come back as suspects and are split into parts: the bound grows
        // with the largest receive, never to a whole cycle's worth.
        AssertEveryLeaseWriteWithin(fixture, (MaxPartsPerReceive(fixture) * settings.VisibilityTimeoutSeconds) + settings.VisibilityMarginSeconds);
    }

    private static long? LeaseExpiresAt(DrainFixture fixture)
    {
        var answer = fixture.Account.DynamoDb.Invoke("GetItem", new JsonObject
        {
            ["TableName"] = fixture.Drain.Stack.LeaseTable,
            ["Key"] = new JsonObject { ["QueueUrl"] = new JsonObject { ["S"] = fixture.Drain.QueueUrl } },
        });
        return answer["Item"]?["ExpiresAt"]?["N"] is { } n ? long.Parse(n.GetValue<string>(), CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The most parts any receive was split into (BuildDrainBatch's answers in the lanes' histories).</summary>
    private static int MaxPartsPerReceive(DrainFixture fixture) =>
        fixture.Lanes.SelectMany(l => l.History)
            .Where(e => e.Type == "LambdaFunctionSucceeded" && e.Output?["LeaseUntil"] is not null && e.Output["Empty"]!.GetValue<bool>() == false)
            .Select(e => 1 + e.Output!["Parts"]!.AsArray().Count)
            .DefaultIfEmpty(1)
            .Max();

    /// <summary>Every lease write any execution attempted (AcquireLease, RenewLease, KeepLease), with
    /// the time it was made and the expiry it asked for.</summary>
    private static IEnumerable<(string State, DateTimeOffset At, long ExpiresAt)> LeaseWrites(DrainFixture fixture)
    {
        foreach (var execution in fixture.Account.StepFunctions.Executions)
        {
            string? state = null;
            foreach (var e in execution.History)
            {
                if (e.Type == "TaskStateEntered")
                {
                    state = e.Name;
                }

                if (e.Type == "TaskScheduled" && e.ResourceType == "dynamodb" && e.Resource is "putItem" or "updateItem")
                {
                    var p = e.Parameters!;
                    var n = p["Item"]?["ExpiresAt"]?["N"] ?? p["ExpressionAttributeValues"]?[":expires"]?["N"] ?? p["ExpressionAttributeValues"]?[":until"]?["N"];
                    yield return (state ?? "?", e.Timestamp, long.Parse(n!.GetValue<string>(), CultureInfo.InvariantCulture));
                }
            }
        }
    }

    private static void AssertEveryLeaseWriteWithin(DrainFixture fixture, long bound) =>
        Assert.All(LeaseWrites(fixture), w => Assert.True(w.ExpiresAt - w.At.ToUnixTimeSeconds() <= bound, $"{w.State} at {w.At:O} set the lease {w.ExpiresAt - w.At.ToUnixTimeSeconds()} s ahead, over {bound} s"));
}
