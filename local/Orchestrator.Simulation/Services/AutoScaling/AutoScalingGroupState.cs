using System.Text.Json.Nodes;
using Orchestrator.Simulation.Services.Ec2;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Services.AutoScaling;

/// <summary>One Auto Scaling group and how it converges to its desired capacity.</summary>
/// <remarks>
/// <para>Capacity counts the weights of Pending and InService instances (not Terminating ones, nor
/// instances being replaced by Capacity Rebalancing). Launches balance Availability Zones first
/// (the zone with the fewest instances), then pick the pool by the allocation strategy; on-demand or
/// Spot by the mixed instances policy's split. A launch that finds no Spot capacity fails the activity
/// and is retried after <see cref="AutoScalingOptions.LaunchRetryInterval"/> — a group never swaps
/// Spot for on-demand on its own.</para>
/// <para>Scale-in picks its victims by <see cref="TerminationPolicy"/>.</para>
/// <para>Cooldown: activities caused by a capacity change (manual scaling) start the group's default
/// cooldown when they complete; SetDesiredCapacity with HonorCooldown is refused while such an
/// activity is in progress or the cooldown runs.</para>
/// </remarks>
internal sealed class AutoScalingGroupState(SimulatedAutoScaling owner, SimulatedEc2 ec2, SeededRandom random) : IInstanceOwner
{
    private ScheduledEvent? _retry;

    public required string Name { get; init; }

    public required string Arn { get; init; }

    public required DateTimeOffset CreatedTime { get; init; }

    public required IReadOnlyList<string> Zones { get; init; }

    public required IReadOnlyList<LaunchPool> Pools { get; set; }

    public InstancesDistribution Distribution { get; set; } = new();

    public bool Mixed { get; set; }

    public JsonObject? LaunchTemplate { get; set; }

    public JsonObject? MixedInstancesPolicy { get; set; }

    public int MinSize { get; set; }

    public int MaxSize { get; set; }

    public int DesiredCapacity { get; set; }

    public int DefaultCooldown { get; set; } = 300;

    public int? DefaultInstanceWarmup { get; set; }

    public bool CapacityRebalance { get; set; }

    public bool NewInstancesProtectedFromScaleIn { get; set; }

    public List<GroupInstance> Instances { get; } = [];

    public List<ScalingActivity> Activities { get; } = [];

    public DateTimeOffset CooldownUntil { get; set; } = DateTimeOffset.MinValue;

    /// <summary>Set by DeleteAutoScalingGroup: the group no longer launches, even as its last instances terminate.</summary>
    public bool Deleted { get; set; }

    public double Units(bool? spot = null) => Instances.Where(i => i.Counts && (spot is null || i.Instance.IsSpot == spot)).Sum(i => i.Weight);

    /// <summary>The scaling activity that blocks an HonorCooldown request, if any (in progress, or the last one while the cooldown runs).</summary>
    public ScalingActivity? Blocking(DateTimeOffset now) =>
        Activities.FirstOrDefault(a => a.Scaling && a.StatusCode == "InProgress")
        ?? (now < CooldownUntil ? Activities.LastOrDefault(a => a.Scaling) : null);

    /// <summary>Launches or terminates until capacity matches the desired capacity; <paramref name="cause"/> prefixes the activity causes.</summary>
    public void Reconcile(string? cause = null)
    {
        if (Deleted)
        {
            return;
        }

        var scaling = cause is not null;
        while (Units() < DesiredCapacity)
        {
            var spot = Mixed && Units(false) >= Distribution.OnDemandUnits(DesiredCapacity);
            if (!LaunchOne(spot, cause, scaling))
            {
                ScheduleRetry();
                break;
            }
        }

        while (Units() > DesiredCapacity && TerminationPolicy.Pick(this, ec2.Scheduler.Now, random) is { } victim && Units() - victim.Weight >= DesiredCapacity)
        {
            TerminateOne(victim, cause, scaling, InstanceTerminationCause.ScaleIn);
        }
    }

    /// <summary>Takes an instance out of service on a user's request (TerminateInstanceInAutoScalingGroup).</summary>
    public ScalingActivity TerminateByRequest(GroupInstance instance, bool decrement)
    {
        var before = (int)Units();
        var now = ec2.Scheduler.Now;
        var cause = decrement
            ? $"At {Ec2Json.Seconds(now)} instance {instance.Instance.Id} was taken out of service in response to a user request, shrinking the capacity from {before} to {before - (int)instance.Weight}."
            : $"At {Ec2Json.Seconds(now)} instance {instance.Instance.Id} was taken out of service in response to a user request.";
        if (decrement)
        {
            DesiredCapacity -= (int)instance.Weight;
        }

        var activity = TerminateOne(instance, null, decrement, InstanceTerminationCause.UserInitiated, cause);
        Reconcile();
        return activity;
    }

    public void Running(Ec2Instance instance)
    {
        if (Find(instance) is not { LifecycleState: "Pending" } member)
        {
            return;
        }

        member.LifecycleState = "InService";
        Complete(member.Activity);
        // Capacity Rebalancing: once replacements are in service, the at-risk instances go.
        foreach (var atRisk in Instances.Where(i => i.AtRisk && i.LifecycleState == "InService").ToList())
        {
            if (Instances.Where(i => i.Counts && i.LifecycleState == "InService").Sum(i => i.Weight) >= DesiredCapacity)
            {
                TerminateOne(atRisk, null, false, InstanceTerminationCause.ScaleIn,
                    $"At {Ec2Json.Seconds(ec2.Scheduler.Now)} instance {atRisk.Instance.Id} was taken out of service in response to an EC2 instance rebalance recommendation.");
            }
        }
    }

    public void AtRisk(Ec2Instance instance, bool rebalanceOnly)
    {
        if (!CapacityRebalance || Find(instance) is not { } member || member.AtRisk || !member.Counts)
        {
            return;
        }

        member.AtRisk = true;
        Reconcile();
    }

    public void Terminated(Ec2Instance instance, InstanceTerminationCause cause)
    {
        if (Find(instance) is not { } member)
        {
            return;
        }

        Instances.Remove(member);
        if (member.Activity.StatusCode == "InProgress")
        {
            Complete(member.Activity);
        }

        // A Spot instance lost to an interruption (or any other loss) is replaced; not a scaling activity, so no cooldown.
        Reconcile();
    }

    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["AutoScalingGroupName"] = Name,
            ["AutoScalingGroupARN"] = Arn,
            ["MinSize"] = MinSize,
            ["MaxSize"] = MaxSize,
            ["DesiredCapacity"] = DesiredCapacity,
            ["DefaultCooldown"] = DefaultCooldown,
            ["AvailabilityZones"] = new JsonArray(Zones.Select(z => (JsonNode)JsonValue.Create(z)).ToArray()),
            ["HealthCheckType"] = "EC2",
            ["HealthCheckGracePeriod"] = 0,
            ["Instances"] = new JsonArray(Instances.Select(i => (JsonNode)i.ToJson(LaunchTemplate ?? Ec2Json.Object(Ec2Json.Object(MixedInstancesPolicy, "LaunchTemplate"), "LaunchTemplateSpecification"), Mixed)).ToArray()),
            ["CreatedTime"] = Ec2Json.Time(CreatedTime),
            ["NewInstancesProtectedFromScaleIn"] = NewInstancesProtectedFromScaleIn,
            ["CapacityRebalance"] = CapacityRebalance,
            ["TerminationPolicies"] = new JsonArray("Default"),
        };
        if (LaunchTemplate is not null)
        {
            json["LaunchTemplate"] = LaunchTemplate.DeepClone();
        }

        if (MixedInstancesPolicy is not null)
        {
            json["MixedInstancesPolicy"] = MixedInstancesPolicy.DeepClone();
        }

        if (DefaultInstanceWarmup is { } warmup)
        {
            json["DefaultInstanceWarmup"] = warmup;
        }

        return json;
    }

    private GroupInstance? Find(Ec2Instance instance) => Instances.FirstOrDefault(i => ReferenceEquals(i.Instance, instance));

    private bool LaunchOne(bool spot, string? cause, bool scaling)
    {
        var now = ec2.Scheduler.Now;
        var before = (int)Units();
        var zones = Zones.OrderBy(z => Instances.Count(i => i.Counts && i.Instance.AvailabilityZone == z)).ThenBy(z => Zones.ToList().IndexOf(z));
        foreach (var zone in zones)
        {
            var candidates = Pools.Where(p => p.AvailabilityZone == zone).ToList();
            var ordered = PoolChooser.Order(candidates, spot ? Distribution.SpotStrategy : Distribution.OnDemandStrategy, spot, ec2,
                p => Instances.Count(i => i.Counts && i.Instance.Type.Name == p.Type.Name && i.Instance.AvailabilityZone == p.AvailabilityZone));
            foreach (var pool in ordered)
            {
                var tags = new Dictionary<string, string>(StringComparer.Ordinal) { ["aws:autoscaling:groupName"] = Name };
                if (ec2.TryLaunch(pool.Type.Name, pool.AvailabilityZone, spot, tags, this) is not { } instance)
                {
                    continue;
                }

                var text = $"At {Ec2Json.Seconds(now)} an instance was started in response to a difference between desired and actual capacity, increasing the capacity from {before} to {before + (int)pool.Weight}.";
                var activity = NewActivity($"Launching a new EC2 instance: {instance.Id}", cause is null ? text : $"{cause}  {text}", zone, scaling);
                Instances.Add(new GroupInstance(instance, pool.Weight, activity) { Protected = NewInstancesProtectedFromScaleIn });
                return true;
            }
        }

        var failed = NewActivity("Launching a new EC2 instance.  Status Reason: Could not launch Spot Instances. InsufficientInstanceCapacity - There is no Spot capacity available that matches your request. Launching EC2 instance failed.",
            $"At {Ec2Json.Seconds(now)} an instance was started in response to a difference between desired and actual capacity, increasing the capacity from {before} to {before + 1}.", Zones[0], false);
        failed.StatusCode = "Failed";
        failed.EndTime = now;
        failed.StatusMessage = spot
            ? "Could not launch Spot Instances. InsufficientInstanceCapacity - There is no Spot capacity available that matches your request. Launching EC2 instance failed."
            : "InsufficientInstanceCapacity. Launching EC2 instance failed.";
        return false;
    }

    private ScalingActivity TerminateOne(GroupInstance victim, string? cause, bool scaling, InstanceTerminationCause why, string? text = null)
    {
        var now = ec2.Scheduler.Now;
        var before = (int)Units();
        text ??= $"At {Ec2Json.Seconds(now)} an instance was taken out of service in response to a difference between desired and actual capacity, shrinking the capacity from {before} to {before - (int)victim.Weight}.  At {Ec2Json.Seconds(now)} instance {victim.Instance.Id} was selected for termination.";
        var activity = NewActivity($"Terminating EC2 instance: {victim.Instance.Id}", cause is null ? text : $"{cause}  {text}", victim.Instance.AvailabilityZone, scaling);
        victim.LifecycleState = "Terminating";
        victim.Activity = activity;
        ec2.Terminate(victim.Instance, why);
        return activity;
    }

    private ScalingActivity NewActivity(string description, string cause, string zone, bool scaling)
    {
        var activity = new ScalingActivity
        {
            Id = owner.NewActivityId(),
            GroupName = Name,
            Description = description,
            Cause = cause,
            StartTime = ec2.Scheduler.Now,
            AvailabilityZone = zone,
            Scaling = scaling,
        };
        Activities.Add(activity);
        return activity;
    }

    private void Complete(ScalingActivity activity)
    {
        activity.StatusCode = "Successful";
        activity.EndTime = ec2.Scheduler.Now;
        if (activity.Scaling)
        {
            var until = ec2.Scheduler.Now + TimeSpan.FromSeconds(DefaultCooldown);
            CooldownUntil = until > CooldownUntil ? until : CooldownUntil;
        }
    }

    private void ScheduleRetry()
    {
        if (_retry is not null)
        {
            return;
        }

        _retry = ec2.Scheduler.Schedule(owner.Options.LaunchRetryInterval, () =>
        {
            _retry = null;
            Reconcile();
        });
    }
}
