using System.Text.Json.Nodes;
using Orchestrator.Core.Capacity;
using Orchestrator.Simulation.Account;
using Orchestrator.Simulation.Capacity;
using Orchestrator.States.Execution;

namespace Orchestrator.Simulation.Tests.Capacity;

/// <summary>A simulated account holding the user's cluster, Spot pool and on-demand group
/// (<see cref="CapacityInfrastructure"/>), with the capacity stack deployed on top.</summary>
internal sealed class CapacityFixture
{
    public CapacityFixture(SpotPoolKind kind, int spotTarget = 2, Func<CapacityStack, CapacityStack>? stack = null, AccountOptions? options = null, bool triggers = true, int onDemandMax = 10)
    {
        Account = new SimulatedAccount(options);
        Infra = CapacityInfrastructure.Create(Account, kind, spotTarget, onDemandMax);
        Deployment = CapacityDeployment.Deploy(Account, Infra.Stack(stack), triggers);
    }

    public SimulatedAccount Account { get; }
    public CapacityInfrastructure Infra { get; }
    public CapacityDeployment Deployment { get; }

    public DateTimeOffset Now => Account.Scheduler.Now;

    public void RunFor(TimeSpan span) => Account.Scheduler.Run(Now + span);

    /// <summary>Runs until <paramref name="count"/> executions of the state machine have finished (or nothing is left to run).</summary>
    public void WaitFor(string stateMachineArn, int count = 1) =>
        Account.Scheduler.RunUntil(() => Executions(stateMachineArn).Count(e => e.IsFinished) >= count);

    public IReadOnlyList<Execution> Executions(string stateMachineArn) =>
        Account.StepFunctions.Executions.Where(e => e.StateMachineArn == stateMachineArn).ToList();

    /// <summary>A group as DescribeAutoScalingGroups shows it (called on the service directly, outside any injected fault).</summary>
    public JsonObject Group(string name) =>
        Account.AutoScaling.Invoke("DescribeAutoScalingGroups", new JsonObject { ["AutoScalingGroupNames"] = new JsonArray(name) })["AutoScalingGroups"]![0]!.AsObject();

    public int OnDemandDesired => Group(Infra.OnDemandGroupName)["DesiredCapacity"]!.GetValue<int>();

    /// <summary>Live on-demand instances (Pending or InService).</summary>
    public int OnDemandLive => Group(Infra.OnDemandGroupName)["Instances"]!.AsArray().Count(i => i!["LifecycleState"]!.GetValue<string>() is "Pending" or "InService");

    /// <summary>The cluster's container instances (ACTIVE and DRAINING) as DescribeContainerInstances shows them.</summary>
    public List<JsonObject> ContainerInstances()
    {
        var all = new List<JsonObject>();
        for (string? token = null; ;)
        {
            var request = new JsonObject { ["cluster"] = Infra.Cluster };
            if (token is not null)
            {
                request["nextToken"] = token;
            }

            var page = Account.Ecs.Invoke("ListContainerInstances", request);
            var arns = page["containerInstanceArns"]!.AsArray();
            if (arns.Count > 0)
            {
                all.AddRange(Account.Ecs.Invoke("DescribeContainerInstances", new JsonObject { ["cluster"] = Infra.Cluster, ["containerInstances"] = arns.DeepClone() })["containerInstances"]!
                    .AsArray().Select(i => i!.AsObject()));
            }

            token = page["nextToken"]?.GetValue<string>();
            if (token is null)
            {
                return all;
            }
        }
    }

    /// <summary>EC2 ids of the cluster's instances that are not in the on-demand group.</summary>
    public List<string> SpotInstanceIds()
    {
        var onDemand = Group(Infra.OnDemandGroupName)["Instances"]!.AsArray().Select(i => i!["InstanceId"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        return ContainerInstances().Select(i => i["ec2InstanceId"]!.GetValue<string>()).Where(id => !onDemand.Contains(id)).ToList();
    }

    public string StatusOf(string ec2InstanceId) =>
        ContainerInstances().Single(i => i["ec2InstanceId"]!.GetValue<string>() == ec2InstanceId)["status"]!.GetValue<string>();

    /// <summary>When the execution left <paramref name="state"/> (its TaskStateExited/…Exited event), or null.</summary>
    public static DateTimeOffset? Exited(Execution e, string state) =>
        e.History.FirstOrDefault(h => h.Type.EndsWith("StateExited", StringComparison.Ordinal) && h.Name == state)?.Timestamp;

    public static string Describe(Execution e) => $"{e.Status} {e.Error} {e.Cause} output={e.Output?.ToJsonString()}";

    /// <summary>An EventBridge "Scheduled Event" at the current time.</summary>
    public JsonObject ScheduleEvent() => JsonNode.Parse(CapacityDeployment.ScheduleInput()
        .Replace("<aws.scheduler.scheduled-time>", Now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("<aws.scheduler.schedule-arn>", "arn:aws:scheduler:us-east-1:123456789012:schedule/default/test", StringComparison.Ordinal)
        .Replace("<aws.scheduler.execution-id>", "test", StringComparison.Ordinal))!.AsObject();
}
