using Orchestrator.Simulation.Account;
using Orchestrator.Simulation.Services.ApplicationAutoScaling;

namespace Orchestrator.Simulation.Baselines;

/// <summary>Seed 003's scaler as a schedule: every 5 minutes a Lambda reads the queue length
/// (GetQueueAttributes ApproximateNumberOfMessages) and applies its rules: ≥ 5 → +1, ≤ 3 → −1, within the
/// service's min/max.</summary>
public static class RuleLambda
{
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(5);

    /// <summary>The rule: the change for a queue length.</summary>
    public static int Change(int queueLength) => queueLength >= 5 ? 1 : queueLength <= 3 ? -1 : 0;

    internal static void Deploy(SimulatedAccount account, SimulatedApplicationAutoScaling scaling, ScalableTarget target, string queueUrl)
    {
        void Tick()
        {
            var length = QueueLength.Visible(account, queueUrl);
            if (Change(length) is var change and not 0)
            {
                scaling.SetDesired(target, scaling.DesiredCount(target) + change, "rule-lambda", $"queue length {length}");
            }

            account.Scheduler.Schedule(Every, Tick);
        }

        account.Scheduler.Schedule(Every, Tick);
    }
}
