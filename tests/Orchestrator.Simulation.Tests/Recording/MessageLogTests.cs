using Orchestrator.Simulation.Recording;

namespace Orchestrator.Simulation.Tests.Recording;

public sealed class MessageLogTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void DeletedBeforeSuccess_DeleteAfterSuccessfulTask_NotReported()
    {
        var log = new MessageLog();
        log.Sent("q", "m1", T0);
        log.Received("q", "m1", 1, "h1", T0.AddSeconds(1));
        log.TaskStarted("m1", "task/1", T0.AddSeconds(2));
        log.TaskFinished("m1", "task/1", succeeded: true, T0.AddSeconds(60));
        log.Deleted("q", "m1", T0.AddSeconds(61));

        Assert.Empty(log.DeletedBeforeSuccess());
        Assert.Equal([TimeSpan.FromSeconds(61)], log.SendToDeleteLatencies());
        Assert.Equal([TimeSpan.FromSeconds(1)], log.SendToFirstReceiveLatencies());
        Assert.Equal([TimeSpan.FromSeconds(60)], log.SendToSuccessLatencies());
    }

    [Fact]
    public void DeletedBeforeSuccess_DeleteAfterFailedTaskOnly_Reported()
    {
        var log = new MessageLog();
        log.Sent("q", "m1", T0);
        log.TaskStarted("m1", "task/1", T0);
        log.TaskFinished("m1", "task/1", succeeded: false, T0.AddSeconds(5));
        log.Deleted("q", "m1", T0.AddSeconds(6));

        Assert.Equal("m1", Assert.Single(log.DeletedBeforeSuccess()).MessageId);
    }

    [Fact]
    public void DeletedBeforeSuccess_DeleteWhileTaskRunning_Reported()
    {
        var log = new MessageLog();
        log.Sent("q", "m1", T0);
        log.TaskStarted("m1", "task/1", T0);
        log.Deleted("q", "m1", T0.AddSeconds(1));
        log.TaskFinished("m1", "task/1", succeeded: true, T0.AddSeconds(5));

        Assert.Single(log.DeletedBeforeSuccess());
    }

    [Fact]
    public void Lost_ExpiredOrPurgedWithoutSuccess_Reported()
    {
        var log = new MessageLog();
        log.Sent("q", "expired", T0);
        log.Sent("q", "purged", T0);
        log.Sent("q", "kept", T0);
        log.Expired("q", "expired", T0.AddDays(4));
        log.Purged("q", "purged", T0.AddSeconds(1));

        Assert.Equal(["expired", "purged"], log.Lost().Select(r => r.MessageId).Order());
        Assert.Equal("kept", Assert.Single(log.Outstanding()).MessageId);
    }

    [Fact]
    public void DeadLettered_FollowsMessageToDlq()
    {
        var log = new MessageLog();
        log.Sent("q", "m1", T0);
        log.DeadLettered("q", "m1", "q-dlq", T0.AddMinutes(1));

        var record = log.Find("m1")!;
        Assert.Equal(("q-dlq", true), (record.QueueName, record.InQueue));
        Assert.Single(log.DeadLetteredMessages());
    }

    [Fact]
    public void TaskStarted_UnknownMessage_RecordedAsNeverSent()
    {
        var log = new MessageLog();

        log.TaskStarted("ghost", "task/1", T0);

        Assert.Equal("ghost", Assert.Single(log.NeverSent()).MessageId);
    }

    [Fact]
    public void Sent_SameIdTwice_Throws()
    {
        var log = new MessageLog();
        log.Sent("q", "m1", T0);

        Assert.Throws<InvalidOperationException>(() => log.Sent("q", "m1", T0));
    }

    [Fact]
    public void TaskRuns_RetriedInAnotherTask_BothKept()
    {
        var log = new MessageLog();
        log.Sent("q", "m1", T0);
        log.TaskStarted("m1", "task/1", T0);
        log.TaskFinished("m1", "task/1", succeeded: false, T0.AddSeconds(10));
        log.TaskStarted("m1", "task/2", T0.AddSeconds(20));
        log.TaskFinished("m1", "task/2", succeeded: true, T0.AddSeconds(30));

        var record = log.Find("m1")!;
        Assert.Equal([false, true], record.Tasks.Select(t => t.Succeeded!.Value));
        Assert.Equal(T0.AddSeconds(30), record.SucceededAt);
    }
}
