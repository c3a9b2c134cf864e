using Orchestrator.Core.QueueDrain;
using Orchestrator.Simulation.Account;

namespace Orchestrator.Simulation.Scenarios;

/// <summary>Turns what the trackers counted during a run into its <see cref="RunSummary"/>.</summary>
public static class RunSummaryBuilder
{
    /// <summary>The summary of a drain run (on Fargate, or on the EC2 cluster of <paramref name="capacity"/>).</summary>
    /// <param name="poisonIds">Ids of the messages sent with the poison marker.</param>
    public static RunSummary Drain(Scenario scenario, SimulatedAccount account, TaskTracker tasks, ExecutionTracker executions, IReadOnlySet<string> poisonIds, CapacityFigures? capacity = null)
    {
        var stack = scenario.Stack;
        var stats = account.Log.Statistics(stack.QueueName);
        var stillQueued = account.Log.Messages.LongCount(m => m.SentTo == stack.QueueName && m.InQueue && m.DeadLetteredAt is null);
        var poisonDead = account.Log.Messages.LongCount(m => m.DeadLetteredAt is not null && poisonIds.Contains(m.MessageId));
        var messages = new MessageFigures(
            stats.Sent, stats.Deleted, stats.DeadLettered, poisonDead, stats.Lost, stillQueued, stats.DeletedBeforeSuccess,
            stats.ReceivesPercentile(0.5), stats.MaxReceives, Percentiles.Of(stats.EnqueueToStart), Percentiles.Of(stats.EnqueueToDone));
        var taskFigures = Tasks(tasks, stack.MaxConcurrentTasks, tasks.ByCapacityProvider().GetValueOrDefault(stack.OnDemandCapacityProvider));
        var executionFigures = Executions(account, executions, tasks.Started);
        var prices = CostModel.UsEast1;
        var perSecond = ((stack.TaskCpuUnits / 1024.0 * prices.VcpuHour) + (stack.TaskMemoryMiB / 1024.0 * prices.GbHour)) / 3600;
        var fargate = (tasks.SecondsByCapacityProvider.GetValueOrDefault("FARGATE") * perSecond)
            + (tasks.SecondsByCapacityProvider.GetValueOrDefault("FARGATE_SPOT") * perSecond * prices.SpotFactor);
        var cost = Cost(fargate, account, executionFigures, stats.Deleted);
        var drainRan = executions.Finished(stack.StateMachineName) > 0
            || account.StepFunctions.Executions.Any(e => !e.IsFinished && ExecutionTracker.Machine(e.StateMachineArn) == stack.StateMachineName);
        return new RunSummary(
            Figures(scenario, capacity is null ? "drain" : "system"),
            messages,
            taskFigures,
            executionFigures,
            cost,
            capacity,
            null,
            RunProblems.Of(messages, taskFigures, executionFigures, drainRan));
    }

    /// <summary>The summary of a capacity scenario (a job stream on the EC2 cluster, no drain).</summary>
    public static RunSummary Jobs(Scenario scenario, SimulatedAccount account, TaskFigures taskFigures, ExecutionTracker executions, CapacityFigures capacity, JobFigures jobs)
    {
        var executionFigures = Executions(account, executions, taskFigures.Started);
        return new RunSummary(
            Figures(scenario, "capacity"),
            null,
            taskFigures,
            executionFigures,
            Cost(0, account, executionFigures, 0),
            capacity,
            jobs,
            RunProblems.Of(null, taskFigures, executionFigures, drainRan: true));
    }

    private static ScenarioFigures Figures(Scenario scenario, string kind) =>
        new(scenario.Name, kind, scenario.Account.Seed, scenario.Horizon.TotalSeconds, scenario.Description);

    private static TaskFigures Tasks(TaskTracker t, int cap, int onDemand) =>
        new(t.Started, t.Running, t.PeakConcurrent, cap, t.ByCapacityProvider(), t.Succeeded, t.Failed, t.StoppedByStepFunctions, t.SpotInterrupted, t.FailedToStart, t.StoppedByScaleIn, onDemand);

    private static ExecutionFigures Executions(SimulatedAccount account, ExecutionTracker executions, int tasksStarted)
    {
        var running = account.StepFunctions.Executions.Where(e => !e.IsFinished).ToList();
        var transitions = executions.StateTransitions + running.Sum(e => e.StateTransitions);
        return new ExecutionFigures(
            executions.ByOutcome.Values.Sum(),
            running.Count,
            executions.ByOutcome,
            transitions,
            tasksStarted == 0 ? 0 : Math.Round((double)transitions / tasksStarted, 1),
            account.Lambda.Invocations.Values.Sum(),
            executions.FailedCount,
            executions.Failures);
    }

    private static CostFigures Cost(double fargate, SimulatedAccount account, ExecutionFigures executions, long processed)
    {
        var usage = account.Ec2.Summary();
        var ec2 = (double)(usage.OnDemandCost + usage.SpotCost);
        var stepFunctions = executions.StateTransitions * CostModel.UsEast1.PerTransition;
        var lambda = executions.LambdaInvocations * 0.20 / 1_000_000;
        var total = fargate + ec2 + stepFunctions + lambda;
        return new CostFigures(
            Math.Round(total, 6), Math.Round(fargate, 6), Math.Round(ec2, 6), Math.Round(stepFunctions, 6), Math.Round(lambda, 6),
            total == 0 ? 0 : Math.Round(stepFunctions / total, 3),
            processed == 0 ? null : Math.Round(total / processed * 1_000_000, 2));
    }
}
