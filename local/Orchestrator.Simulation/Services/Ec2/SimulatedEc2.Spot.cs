namespace Orchestrator.Simulation.Services.Ec2;

/// <summary>
/// Spot capacity per pool over time, and interruptions: an optional rebalance recommendation, the
/// "EC2 Spot Instance Interruption Warning", and termination exactly <see cref="Ec2Options.SpotWarning"/> later.
/// </summary>
public sealed partial class SimulatedEc2
{
    /// <summary>The pool's Spot capacity now (the last matching window wins; Available outside every window).</summary>
    public SpotCapacityState SpotCapacity(string instanceType, string availabilityZone) =>
        CurrentWindow(instanceType, availabilityZone)?.State ?? SpotCapacityState.Available;

    /// <summary>
    /// Interrupts a live Spot instance as EC2 would: rebalance recommendation (when configured), the
    /// warning at once, termination two minutes later. False when it is not a live Spot instance or is
    /// already being interrupted.
    /// </summary>
    public bool InterruptInstance(string instanceId) =>
        _instances.GetValueOrDefault(instanceId) is { } instance && BeginInterruption(instance, Now);

    /// <summary>Emits an "EC2 Instance Rebalance Recommendation" for a live Spot instance; false otherwise.</summary>
    public bool RecommendRebalance(string instanceId)
    {
        if (_instances.GetValueOrDefault(instanceId) is not { IsSpot: true, IsLive: true } instance)
        {
            return false;
        }

        SendRebalance(instance);
        return true;
    }

    internal bool TryAcquireSpot(string instanceType, string availabilityZone) => CurrentWindow(instanceType, availabilityZone) switch
    {
        null => true,
        { State: SpotCapacityState.Available } => true,
        { State: SpotCapacityState.Gone } => false,
        var scarce => _spot.NextDouble() < scarce.Probability,
    };

    private SpotCapacityWindow? CurrentWindow(string instanceType, string availabilityZone) =>
        _options.SpotCapacity.LastOrDefault(w => w.Covers(Now, instanceType, availabilityZone));

    private void ScheduleSpotEvents()
    {
        foreach (var interruption in _options.Interruptions)
        {
            ScheduleWarnings(interruption.At, () => LiveSpot(interruption.InstanceType, interruption.AvailabilityZone)
                .Where(i => i.InterruptionAt is null).Take(interruption.Count).ToList());
        }

        foreach (var window in _options.SpotCapacity.Where(w => w.InterruptRunning))
        {
            ScheduleWarnings(window.Start, () => LiveSpot(window.InstanceType, window.AvailabilityZone).ToList());
        }
    }

    /// <summary>Picks the victims when the rebalance lead begins (or at the warning), then warns at <paramref name="warnAt"/>.</summary>
    private void ScheduleWarnings(DateTimeOffset warnAt, Func<List<Ec2Instance>> victims)
    {
        if (warnAt < Now)
        {
            return;
        }

        var pickAt = _options.RebalanceLead is { } lead ? (warnAt - lead > Now ? warnAt - lead : Now) : warnAt;
        _scheduler.ScheduleAt(pickAt, () =>
        {
            foreach (var instance in victims())
            {
                BeginInterruption(instance, warnAt);
            }
        });
    }

    private IEnumerable<Ec2Instance> LiveSpot(string? type, string? zone) =>
        _launchOrder.Where(i => i.IsSpot && i.State == "running"
            && (type is null || i.Type.Name == type) && (zone is null || i.AvailabilityZone == zone));

    private bool BeginInterruption(Ec2Instance instance, DateTimeOffset warnAt)
    {
        if (!instance.IsSpot || !instance.IsLive || instance.InterruptionAt is not null)
        {
            return false;
        }

        var terminateAt = warnAt + _options.SpotWarning;
        instance.InterruptionAt = terminateAt;
        if (_options.RebalanceLead is not null && !instance.RebalanceSent)
        {
            SendRebalance(instance);
        }

        void Warn()
        {
            if (!instance.IsLive)
            {
                return;
            }

            Publish("EC2 Spot Instance Interruption Warning", instance, new() { ["instance-id"] = instance.Id, ["instance-action"] = "terminate" });
            instance.Owner?.AtRisk(instance, false);
            _scheduler.ScheduleAt(terminateAt, () => Terminate(instance, InstanceTerminationCause.SpotInterruption));
        }

        // A warning due now goes out at once, so InterruptInstance's caller sees it immediately.
        if (warnAt <= Now)
        {
            Warn();
        }
        else
        {
            _scheduler.ScheduleAt(warnAt, Warn);
        }

        return true;
    }

    private void SendRebalance(Ec2Instance instance)
    {
        instance.RebalanceSent = true;
        Publish("EC2 Instance Rebalance Recommendation", instance, new() { ["instance-id"] = instance.Id });
        instance.Owner?.AtRisk(instance, true);
    }

    /// <summary>With a random interruption rate, draws the instance's interruption time (exponential) from the Spot stream.</summary>
    private void ScheduleRandomInterruption(Ec2Instance instance)
    {
        if (!instance.IsSpot || _options.InterruptionRatePerHour <= 0)
        {
            return;
        }

        var hours = -Math.Log(1.0 - _spot.NextDouble()) / _options.InterruptionRatePerHour;
        var warnAt = Now + TimeSpan.FromSeconds(Math.Round(hours * 3600));
        ScheduleWarnings(warnAt, () => instance.IsLive ? [instance] : []);
    }
}
