using System.Text.Json.Nodes;
using Orchestrator.Simulation.Account;
using Orchestrator.Simulation.Scenarios;
using Orchestrator.States.Execution;

namespace Orchestrator.Simulation.Tests.Workflows;

/// <summary>A simulated account with the queue-drain stack deployed, and the trigger events.</summary>
internal sealed class DrainFixture
{
    public DrainFixture(DrainStack? stack = null, AccountOptions? options = null)
    {
        Account = new SimulatedAccount(options);
        Drain = DrainDeployment.Deploy(Account, stack ?? new DrainStack());
        Tasks = new TaskTracker(Account.Ecs);
    }

    public TaskTracker Tasks { get; }

    /// <summary>The execution's report (its output's Report), or null.</summary>
    public static JsonNode? Report(Execution e) => e.Output?["Report"];

    /// <summary>Triggers a drain every <paramref name="every"/> (a schedule sweep) until the queue and
    /// the dead-letter queue have settled or <paramref name="limit"/> passes.</summary>
    public void SweepUntilSettled(TimeSpan every, TimeSpan limit)
    {
        var end = Account.Scheduler.Now + limit;
        void Sweep()
        {
            if (InWorkQueue == 0 || Account.Scheduler.Now >= end)
            {
                return;
            }

            Drain.Trigger(ScheduleEvent());
            Account.Scheduler.Schedule(every, Sweep);
        }

        Sweep();
        RunUntilDrained();
    }

    /// <summary>Sends 1,000 messages of which every hundredth ("POISON …", index 7 mod 100) is poison;
    /// answers all ids and the poison ones.</summary>
    public (IReadOnlyList<string> Ids, IReadOnlySet<string> Poison) SendWithPoison()
    {
        var bodies = Enumerable.Range(0, 1000).Select(i => i % 100 == 7 ? $"POISON {i}" : $"job {i}").ToList();
        var ids = Drain.Send(bodies);
        return (ids, ids.Where((_, i) => bodies[i].StartsWith("POISON", StringComparison.Ordinal)).ToHashSet());
    }

    public SimulatedAccount Account { get; }
    public DrainDeployment Drain { get; }

    /// <summary>An EventBridge schedule sweep event (shape as events/queue-drain/schedule.json).</summary>
    public JsonObject ScheduleEvent() => new()
    {
        ["version"] = "0",
        ["id"] = "89d1a02d-5ec7-412e-82f5-13505f849b41",
        ["detail-type"] = "Scheduled Event",
        ["source"] = "aws.events",
        ["account"] = "123456789012",
        ["time"] = SimulatedTime(),
        ["region"] = "us-east-1",
        ["resources"] = new JsonArray("arn:aws:events:us-east-1:123456789012:rule/orchestrator-drain-sweep"),
        ["detail"] = new JsonObject(),
    };

    public string SimulatedTime() => Account.Scheduler.Now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Messages still in the work queue (not deleted, not dead-lettered).</summary>
    public int InWorkQueue => Account.Log.Outstanding().Count(m => m.QueueName == Drain.Stack.QueueName);

    /// <summary>The drain's own executions (queue-drain), in start order.</summary>
    public IReadOnlyList<Execution> Drains => [.. Account.StepFunctions.Executions.Where(e => e.StateMachineArn == Drain.StateMachineArn)];

    /// <summary>The lanes' executions (queue-drain-lane), in start order.</summary>
    public IReadOnlyList<Execution> Lanes => [.. Account.StepFunctions.Executions.Where(e => e.StateMachineArn != Drain.StateMachineArn)];

    /// <summary>True when no execution is running.</summary>
    public bool AllFinished => Account.StepFunctions.Executions.All(e => e.Status != ExecutionStatus.Running);

    /// <summary>Runs the clock until every execution has finished and the work queue is empty, or
    /// nothing is left to run.</summary>
    public void RunUntilDrained() => Account.Scheduler.RunUntil(() => AllFinished && InWorkQueue == 0);

    public string Describe(Execution e) => $"{e.Status} {e.Error} {e.Cause} output={e.Output?.ToJsonString()}";
}
