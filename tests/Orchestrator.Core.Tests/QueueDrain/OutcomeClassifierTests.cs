using System.Text.Json.Nodes;
using Orchestrator.Core.QueueDrain;

namespace Orchestrator.Core.Tests.QueueDrain;

/// <summary>Error names and causes per AWS-FACTS.md, "Step Functions: service integrations",
/// ecs:runTask.sync.</summary>
public class OutcomeClassifierTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static BatchDecision Decide(JsonObject run, CapacityChoice? capacity = null, int receiveCount = 1, DrainSettings? settings = null, DateTimeOffset? now = null)
    {
        settings ??= Samples.Settings();
        return OutcomeClassifier.Decide(run, Samples.Messages(12, receiveCount), capacity ?? CapacityChoice.Spot(settings), LaneStats.Empty, settings, now ?? Now);
    }

    private static JsonObject Error(string error, string cause) => new() { ["Error"] = error, ["Cause"] = cause };

    [Fact]
    public void Decide_TaskExitedZero_DeletesInChunksOfTen()
    {
        var decision = Decide(Samples.Task("EssentialContainerExited", 0));

        Assert.Equal(Outcome.Succeeded, decision.Outcome);
        Assert.Equal(BatchDecision.Delete, decision.Next);
        Assert.Equal([10, 2], decision.DeleteChunks.Select(c => c.Count));
        Assert.Equal("rh-11", decision.DeleteChunks[1][1].ReceiptHandle);
        Assert.Equal(1, decision.Stats.TasksSpot);
        Assert.Equal(100, decision.Stats.TaskSecondsSpot);
        Assert.Equal(12, decision.Stats.Deleted);
    }

    [Fact]
    public void Decide_EssentialContainerFailed_ReturnsWithBackoffByReceiveCount()
    {
        var cause = Samples.Task("EssentialContainerExited", 1).ToJsonString();

        var decision = Decide(Error("States.TaskFailed", cause), receiveCount: 3);

        Assert.Equal(Outcome.TaskFailed, decision.Outcome);
        Assert.Equal(BatchDecision.Return, decision.Next);
        Assert.All(decision.ReturnChunks.SelectMany(c => c), e => Assert.InRange(e.VisibilityTimeout, 60, 180));
        Assert.Equal(12, decision.Stats.Returned);
    }

    [Fact]
    public void Decide_SpotInterruption_RequeuesAtOnce()
    {
        var cause = Samples.Task("SpotInterruption", 143, "Your Spot Task was interrupted.").ToJsonString();

        var decision = Decide(Error("States.TaskFailed", cause), receiveCount: 4);

        Assert.Equal(Outcome.Interrupted, decision.Outcome);
        Assert.All(decision.ReturnChunks.SelectMany(c => c), e => Assert.Equal(0, e.VisibilityTimeout));
        Assert.Equal(12, decision.Stats.Requeued);
    }

    [Fact]
    public void Decide_InterruptedButExitedZero_IsStillRequeued()
    {
        var decision = Decide(Samples.Task("TerminationNotice", 0));

        Assert.Equal(Outcome.Interrupted, decision.Outcome);
        Assert.Empty(decision.DeleteChunks);
    }

    [Fact]
    public void Decide_TaskFailedToStart_IsAStartFailure()
    {
        var cause = Samples.Task("TaskFailedToStart", null, "CannotPullContainerError: pull image manifest has been retried").ToJsonString();

        var decision = Decide(Error("States.TaskFailed", cause));

        Assert.Equal(Outcome.StartFailed, decision.Outcome);
        Assert.Equal(BatchDecision.Return, decision.Next);
        Assert.Equal(0, decision.Stats.TasksSpot);
    }

    [Fact]
    public void Decide_RunTaskFailuresList_IsAStartFailure()
    {
        // "ATTRIBUTE": no instance has the placement attribute the task needs (ECS guide, "API failure reasons").
        var decision = Decide(Error("AmazonECS.Unknown", "{\"Failures\":[{\"Reason\":\"ATTRIBUTE\"}]}"));

        Assert.Equal(Outcome.StartFailed, decision.Outcome);
    }

    [Theory]
    [InlineData("RESOURCE:MEMORY")]
    [InlineData("RESOURCE:CPU")]
    public void Decide_RunTaskFailuresNoRoomOnTheProvider_IsCapacityUnavailable(string reason)
    {
        // An EC2 provider without room is unavailable capacity, as for Spot: retry, then the on-demand provider.
        var decision = Decide(Error("AmazonECS.Unknown", $"{{\"Failures\":[{{\"Reason\":\"{reason}\"}}]}}"));

        Assert.Equal(Outcome.CapacityUnavailable, decision.Outcome);
    }

    [Fact]
    public void Decide_StateTimeout_ReturnsTheBatch()
    {
        var decision = Decide(Error("States.Timeout", ""));

        Assert.Equal(Outcome.TimedOut, decision.Outcome);
        Assert.Equal(BatchDecision.Return, decision.Next);
        Assert.Equal(1, decision.Stats.TimedOut);
        // The timed-out task is only being stopped: the lane waits out Fargate's largest stop timeout.
        Assert.Equal(120, decision.WaitSeconds);
    }

    [Fact]
    public void Decide_StartFailed_NoWaitAfterTheReturn() =>
        Assert.Equal(0, Decide(Error("States.Runtime", "start failed")).WaitSeconds);

    [Fact]
    public void ForLane_SuccessOfOneChunkWithBudgetLeft_DeleteAndReceive()
    {
        var decision = Decide(Error("States.Runtime", "start failed")) with { Next = BatchDecision.Delete, DeleteChunks = [[new DeleteEntry("m0", "h")]] };
        var settings = Samples.Settings();

        Assert.Equal(BatchDecision.DeleteAndReceive, decision.ForLane(3, 0, 5, settings).Next);
        Assert.Equal(4, decision.ForLane(3, 0, 5, settings).Done);
        Assert.Equal(BatchDecision.Delete, decision.ForLane(4, 0, 5, settings).Next); // budget used: the lane ends after it
        Assert.Equal(BatchDecision.Delete, decision.ForLane(3, 1, 5, settings).Next); // a held part runs next
        Assert.Equal(BatchDecision.Delete, decision.ForLane(3, 0, 5, settings with { BatchSize = 25 }).Next);
    }

    [Fact]
    public void ForLane_Retry_DoesNotCountTheBatch() =>
        Assert.Equal(3, (Decide(Error("States.Runtime", "start failed")) with { Next = BatchDecision.Retry }).ForLane(3, 0, 5, Samples.Settings()).Done);

    [Fact]
    public void Decide_SpotCapacityUnavailable_RetriesOnSpotFirst()
    {
        var refused = Error("ECS.AmazonECSException", "Capacity is unavailable at this time. Please try again later or in a different availability zone (Service: AmazonECS; Status Code: 400; Error Code: ...)");

        var decision = Decide(refused);

        Assert.Equal(Outcome.CapacityUnavailable, decision.Outcome);
        Assert.Equal(BatchDecision.Retry, decision.Next);
        Assert.Equal("FARGATE_SPOT", decision.Capacity.Provider);
        Assert.Equal(20, decision.WaitSeconds);
        Assert.Equal(Now.ToUnixTimeSeconds(), decision.Capacity.FirstAttemptAt);
        Assert.Equal(0, decision.Stats.Batches);
    }

    [Fact]
    public void Decide_SpotUnavailableJustBeforeTheFallbackWait_WaitsOnlyUntilTheDeadline()
    {
        var settings = Samples.Settings();
        var first = CapacityChoice.Spot(settings) with { FirstAttemptAt = Now.ToUnixTimeSeconds() };
        var refused = Error("ECS.AmazonECSException", "Capacity is unavailable at this time.");

        var decision = Decide(refused, first, now: Now.AddSeconds(settings.FallbackAfterSeconds - 10));

        Assert.Equal(BatchDecision.Retry, decision.Next);
        Assert.Equal(10, decision.WaitSeconds);
        Assert.Equal("FARGATE_SPOT", decision.Capacity.Provider);
    }

    [Fact]
    public void Decide_SpotUnavailableForTheFallbackWait_SwitchesToOnDemandAtOnce()
    {
        // Issue 6: "when Spot capacity is unavailable, retry for FallbackAfterSeconds, then run that batch on-demand".
        var settings = Samples.Settings();
        var first = CapacityChoice.Spot(settings) with { FirstAttemptAt = Now.ToUnixTimeSeconds() };
        var refused = Error("ECS.AmazonECSException", "Capacity is unavailable at this time.");

        var decision = Decide(refused, first, now: Now.AddSeconds(settings.FallbackAfterSeconds));

        Assert.Equal(BatchDecision.Retry, decision.Next);
        Assert.Equal(0, decision.WaitSeconds);
        Assert.Equal("FARGATE", decision.Capacity.Provider);
        Assert.True(decision.Capacity.OnDemand);
    }

    [Fact]
    public void Decide_OnDemandTaskSucceeded_CountsOnDemand()
    {
        var onDemand = new CapacityChoice("FARGATE", true, Now.ToUnixTimeSeconds());

        var decision = Decide(Samples.Task("EssentialContainerExited", 0), onDemand);

        Assert.Equal(1, decision.Stats.TasksOnDemand);
        Assert.Equal(0, decision.Stats.TasksSpot);
        Assert.Equal(100, decision.Stats.TaskSecondsOnDemand);
    }

    [Fact]
    public void Decide_OnDemandAlsoRefusedTooLong_GivesTheBatchBack()
    {
        var settings = Samples.Settings();
        var onDemand = new CapacityChoice("FARGATE", true, Now.ToUnixTimeSeconds());
        var late = Now.AddSeconds(settings.FallbackAfterSeconds + settings.VisibilityMarginSeconds);

        var decision = Decide(Error("ECS.AmazonECSException", "Rate exceeded"), onDemand, now: late);

        Assert.Equal(Outcome.StartFailed, decision.Outcome);
        Assert.Equal(BatchDecision.Return, decision.Next);
        Assert.Equal(12, decision.Stats.Returned);
    }

    [Fact]
    public void Decide_CamelCaseTaskInCause_IsReadToo()
    {
        var cause = """{"stopCode":"EssentialContainerExited","containers":[{"name":"worker","exitCode":2}]}""";

        var decision = Decide(Error("States.TaskFailed", cause));

        Assert.Equal(Outcome.TaskFailed, decision.Outcome);
    }

    [Fact]
    public void Decide_NoMessages_IsRejected()
    {
        var settings = Samples.Settings();

        Assert.Throws<InvalidInputException>(() => OutcomeClassifier.Decide(Samples.Task("EssentialContainerExited", 0), [], CapacityChoice.Spot(settings), LaneStats.Empty, settings, Now));
    }

    [Fact]
    public void Decide_CapacityUnavailableAsRunTaskFailure_RetriesLikeTheException()
    {
        // RunTask answering 200 with failures[].reason "Capacity is unavailable at this time…", which
        // the runTask integration reports as AmazonECS.Unknown.
        var failures = "{\"Failures\":[{\"Arn\":\"arn:aws:ecs:us-east-1:123456789012:container-instance/x\",\"Reason\":\"Capacity is unavailable at this time. Please try again later or in a different availability zone\"}]}";

        var decision = Decide(Error("AmazonECS.Unknown", failures));

        Assert.Equal(Outcome.CapacityUnavailable, decision.Outcome);
        Assert.Equal(BatchDecision.Retry, decision.Next);
    }
}
