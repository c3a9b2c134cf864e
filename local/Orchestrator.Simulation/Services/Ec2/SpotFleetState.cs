using System.Text.Json.Nodes;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Services.Ec2;

/// <summary>One Spot Fleet request: its configuration, its instances, and how it converges to its target.</summary>
/// <remarks>
/// FulfilledCapacity counts the weights of the fleet's pending and running instances (a warned
/// instance still counts until it terminates); TerminatingCapacity the weights of instances that got an
/// interruption warning or are shutting down. A <c>maintain</c> fleet launches whenever it is short and
/// retries every <see cref="Ec2Options.SpotFleetRetryInterval"/> while a pool lacks capacity; a
/// <c>request</c> fleet stops launching once it has been fulfilled and never replaces lost instances.
/// With ExcessCapacityTerminationPolicy <c>default</c>, capacity above target is terminated newest first.
/// </remarks>
internal sealed class SpotFleetState(SimulatedEc2 ec2, string id, JsonObject config, IReadOnlyList<LaunchPool> pools) : IInstanceOwner
{
    private readonly List<Ec2Instance> _instances = [];
    private ScheduledEvent? _retry;

    public string Id { get; } = id;

    public JsonObject Config { get; } = config;

    public IReadOnlyList<LaunchPool> Pools { get; } = pools;

    public required DateTimeOffset CreateTime { get; init; }

    public required string Type { get; init; }

    public required string AllocationStrategy { get; init; }

    public string OnDemandAllocationStrategy { get; init; } = "lowestPrice";

    public bool TerminateExcess { get; set; } = true;

    public bool CapacityRebalance { get; init; }

    public int TargetCapacity { get; set; }

    public int OnDemandTargetCapacity { get; set; }

    /// <summary>submitted, active, modifying, cancelled_running, cancelled_terminating, cancelled.</summary>
    public string State { get; set; } = "submitted";

    public bool FulfilledOnce { get; private set; }

    public bool IsCancelled => State.StartsWith("cancelled", StringComparison.Ordinal);

    public IEnumerable<Ec2Instance> Live => _instances.Where(i => i.IsLive);

    public double Fulfilled(bool spot) => Live.Where(i => i.IsSpot == spot && !(CapacityRebalance && i.RebalanceSent)).Sum(Weight);

    public double FulfilledCapacity => Fulfilled(true) + Fulfilled(false);

    public double TerminatingCapacity => _instances.Where(i => i.State == "shutting-down" || (i.IsLive && i.InterruptionAt is not null)).Sum(Weight);

    public string ActivityStatus =>
        _instances.Any(i => i.State == "shutting-down") ? "pending_termination"
        : FulfilledCapacity >= TargetCapacity ? "fulfilled"
        : "pending_fulfillment";

    public double Weight(Ec2Instance instance) =>
        Pools.FirstOrDefault(p => p.Type.Name == instance.Type.Name && p.AvailabilityZone == instance.AvailabilityZone)?.Weight ?? 1;

    /// <summary>Launches what is missing, terminates what is in excess, and schedules a retry when short.</summary>
    public void Reconcile()
    {
        if (IsCancelled)
        {
            return;
        }

        var launching = Type == "maintain" || !FulfilledOnce;
        if (launching)
        {
            Fill(spot: false, OnDemandTargetCapacity);
            Fill(spot: true, TargetCapacity - OnDemandTargetCapacity);
        }

        if (TerminateExcess && Type == "maintain")
        {
            TrimExcess(spot: true, TargetCapacity - OnDemandTargetCapacity);
            TrimExcess(spot: false, OnDemandTargetCapacity);
        }

        if (FulfilledCapacity >= TargetCapacity)
        {
            FulfilledOnce = true;
        }
        else if (launching && _retry is null)
        {
            _retry = ec2.Scheduler.Schedule(ec2.Options.SpotFleetRetryInterval, () =>
            {
                _retry = null;
                Reconcile();
            });
        }
    }

    public void TerminateAll()
    {
        foreach (var instance in Live.ToList())
        {
            ec2.Terminate(instance, InstanceTerminationCause.UserInitiated);
        }
    }

    public void Running(Ec2Instance instance)
    {
    }

    public void AtRisk(Ec2Instance instance, bool rebalanceOnly)
    {
        if (rebalanceOnly && CapacityRebalance)
        {
            Reconcile();
        }
    }

    public void Terminated(Ec2Instance instance, InstanceTerminationCause cause)
    {
        if (State == "cancelled_terminating" && !Live.Any())
        {
            State = "cancelled";
        }

        Reconcile();
    }

    private void Fill(bool spot, int target)
    {
        while (Fulfilled(spot) < target)
        {
            var launched = PoolChooser.Order(Pools, spot ? AllocationStrategy : OnDemandAllocationStrategy, spot, ec2, p => Live.Count(i => Weight(i) == p.Weight && i.Type.Name == p.Type.Name && i.AvailabilityZone == p.AvailabilityZone))
                .Select(p => ec2.TryLaunch(p.Type.Name, p.AvailabilityZone, spot, Tags(), this))
                .FirstOrDefault(i => i is not null);
            if (launched is null)
            {
                return;
            }

            _instances.Add(launched);
        }
    }

    private void TrimExcess(bool spot, int target)
    {
        foreach (var instance in Live.Where(i => i.IsSpot == spot).Reverse().ToList())
        {
            if (Fulfilled(spot) - Weight(instance) < target)
            {
                return;
            }

            ec2.Terminate(instance, InstanceTerminationCause.ScaleIn);
        }
    }

    private Dictionary<string, string> Tags() => new(StringComparer.Ordinal) { ["aws:ec2spot:fleet-request-id"] = Id };
}
