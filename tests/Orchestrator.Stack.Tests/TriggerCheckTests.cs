using System.Text.Json.Nodes;
using Orchestrator.Stack.Tests.Checks;
using static Orchestrator.Stack.Tests.TemplateEdits;

namespace Orchestrator.Stack.Tests;

public class TriggerCheckTests
{
    [Fact]
    public void Problems_RepositoryTemplate_None()
    {
        Assert.Empty(TriggerCheck.Problems(StackTemplate.Repository));
    }

    [Fact]
    public void Problems_RuleTargetWithoutDeadLetterQueue_Reported()
    {
        var broken = StackTemplate.Repository.With(t => Properties(t, "DrainScheduleRule")["Targets"]![0]!.AsObject().Remove("DeadLetterConfig"));

        Assert.Contains("DrainScheduleRule target queue-drain: starts a workflow but has no DeadLetterConfig; undeliverable events would be lost.", TriggerCheck.Problems(broken));
    }

    [Fact]
    public void Problems_CapacityRuleTargetWithoutDeadLetterQueue_Reported()
    {
        var broken = StackTemplate.Repository.With(t => Properties(t, "SpotInterruptionRule")["Targets"]![0]!.AsObject().Remove("DeadLetterConfig"));

        Assert.Contains(TriggerCheck.Problems(broken), p => p.StartsWith("SpotInterruptionRule target spot-interruption: starts a workflow but has no DeadLetterConfig", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_TriggerRoleStartsAnotherStateMachine_Reported()
    {
        var broken = StackTemplate.Repository.With(t =>
            Properties(t, "QueueDrainTriggerRole")["Policies"]![0]!["PolicyDocument"]!["Statement"]![0]!["Resource"] =
                new JsonObject { ["Ref"] = "QueueDrainLaneStateMachine" });

        Assert.Contains(TriggerCheck.Problems(broken), p => p.StartsWith("BacklogAlarmRule target queue-drain: role QueueDrainTriggerRole does not allow states:StartExecution", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_PipeRoleCannotDeleteFromItsSource_Reported()
    {
        var broken = StackTemplate.Repository.With(t =>
            Properties(t, "WorkQueuePipeRole")["Policies"]![0]!["PolicyDocument"]!["Statement"]![0]!["Action"] =
                new JsonArray("sqs:ReceiveMessage", "sqs:GetQueueAttributes"));

        Assert.Contains(TriggerCheck.Problems(broken), p => p.StartsWith("WorkQueuePipe source: role WorkQueuePipeRole does not allow sqs:DeleteMessage", StringComparison.Ordinal));
    }
}
