using Orchestrator.Core.Capacity;
using Orchestrator.Simulation.Account;
using Orchestrator.Simulation.Services.EventBridge;
using Orchestrator.Simulation.Services.Ec2;
using Orchestrator.Simulation.Services.Scheduling;
using Orchestrator.Simulation.Workload;

namespace Orchestrator.Simulation.Capacity;

/// <summary>
/// Issue 7's drought scenario, ready to run from a test or the command line: a cluster on a Spot pool of
/// <see cref="SpotTarget"/> m5.large with an on-demand group (max <see cref="OnDemandMax"/>); a job of
/// <see cref="JobMinutes"/> minutes arrives every <see cref="JobEvery"/>; at <see cref="DroughtStart"/> every
/// Spot instance gets its two-minute warning and no Spot capacity exists for <see cref="DroughtLength"/>.
/// With <see cref="Workflows"/> the capacity stack is deployed on its real triggers; without, nothing reacts.
/// </summary>
public sealed record SpotDrought
{
    public SpotPoolKind Kind { get; init; } = SpotPoolKind.SpotFleet;
    public bool Workflows { get; init; } = true;
    public long Seed { get; init; } = 7;
    public int SpotTarget { get; init; } = 4;
    public int OnDemandMax { get; init; } = 6;
    public TimeSpan DroughtStart { get; init; } = TimeSpan.FromMinutes(20);
    public TimeSpan DroughtLength { get; init; } = TimeSpan.FromMinutes(30);
    public TimeSpan JobEvery { get; init; } = TimeSpan.FromMinutes(2);
    public int JobMinutes { get; init; } = 10;

    /// <summary>Jobs arrive from minute 1 until this long after the start.</summary>
    public TimeSpan JobsUntil { get; init; } = TimeSpan.FromMinutes(90);

    /// <summary>The run ends (and the schedules stop) this long after the start.</summary>
    public TimeSpan Horizon { get; init; } = TimeSpan.FromMinutes(110);

    /// <summary>Failures injected into the workflows' AWS calls.</summary>
    public IReadOnlyList<Faults.ApiFault> ApiFaults { get; init; } = [];

    /// <summary>Auto Scaling's own per-operation faults.</summary>
    public Services.AutoScaling.AutoScalingOptions AutoScaling { get; init; } = new();

    /// <summary>Without <see cref="Workflows"/>: what reacts instead (a design the comparison models), deployed
    /// with the infrastructure; null for nothing.</summary>
    public Action<SimulatedAccount, CapacityInfrastructure>? Instead { get; init; }

    /// <summary>Runs the scenario to its horizon.</summary>
    public SpotDroughtRun Run()
    {
        var start = new AccountOptions().Start;
        var horizon = start + Horizon;
        var account = new SimulatedAccount(new AccountOptions
        {
            Seed = Seed,
            Ec2 = new Ec2Options { SpotCapacity = [new SpotCapacityWindow(start + DroughtStart, start + DroughtStart + DroughtLength, SpotCapacityState.Gone, InstanceType: "m5.large", InterruptRunning: true)] },
            Workload = new WorkloadModel { DurationPerBatch = SecondsDistribution.Fixed(JobMinutes * 60) },
            Scheduler = new SchedulerOptions(StopSchedulesAt: horizon),
            EventBridge = new EventBridgeOptions(StopSchedulesAt: horizon),
            ApiFaults = ApiFaults,
            AutoScaling = AutoScaling,
        });
        var infra = CapacityInfrastructure.Create(account, Kind, SpotTarget, OnDemandMax);
        var deployment = Workflows ? CapacityDeployment.Deploy(account, infra.Stack()) : null;
        if (!Workflows)
        {
            Instead?.Invoke(account, infra);
        }

        var jobs = new QueuedTasks(account, infra.Cluster, infra.TaskDefinition, TimeSpan.FromSeconds(15));
        account.Scheduler.Run(start.AddMinutes(1));
        var onDemandMidDrought = 0;
        account.Scheduler.ScheduleAt(start + DroughtStart + DroughtLength / 2, () => onDemandMidDrought = RunningOnDemand(account, infra));

        jobs.SubmitEvery(JobEvery, 1, start + JobsUntil);
        account.Scheduler.Run(horizon);
        return new SpotDroughtRun(account, infra, deployment, jobs, CapacityReport.From(account, jobs), onDemandMidDrought);
    }

    /// <summary>Pending or InService instances of the on-demand group.</summary>
    public static int RunningOnDemand(SimulatedAccount account, CapacityInfrastructure infra) =>
        account.AutoScaling.Invoke("DescribeAutoScalingGroups", new System.Text.Json.Nodes.JsonObject { ["AutoScalingGroupNames"] = new System.Text.Json.Nodes.JsonArray(infra.OnDemandGroupName) })
            ["AutoScalingGroups"]![0]!["Instances"]!.AsArray().Count(i => i!["LifecycleState"]!.GetValue<string>() is "Pending" or "InService");
}
