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

    /// <summary>Runs the clock until every execution has finished (or nothing is left to run).</summary>
    public void RunUntilDrained() =>
        Account.Scheduler.RunUntil(() => Account.StepFunctions.Executions.All(e => e.Status != ExecutionStatus.Running));

    public string Describe(Execution e) => $"{e.Status} {e.Error} {e.Cause} output={e.Output?.ToJsonString()}";
}
