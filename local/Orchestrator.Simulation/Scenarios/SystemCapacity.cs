using Orchestrator.Simulation.Account;
using Orchestrator.Simulation.Services.Ec2;

namespace Orchestrator.Simulation.Scenarios;

/// <summary>
/// The EC2 side of a whole-system run: creates <see cref="SystemCluster"/> in the account and watches
/// the on-demand group once a simulated minute (its peak, its size half-way through the first window
/// without Spot, its size at the horizon) for the summary's <see cref="CapacityFigures"/>.
/// </summary>
internal sealed class SystemCapacity
{
    private readonly SimulatedAccount _account;
    private readonly SystemCluster _cluster;
    private readonly Scenario _scenario;
    private readonly SpotCapacityWindow? _drought;
    private int _peak;
    private int _duringDrought;

    public SystemCapacity(SimulatedAccount account, SystemCluster cluster, Scenario scenario)
    {
        _account = account;
        _cluster = cluster;
        _scenario = scenario;
        cluster.Create(account, scenario.Stack.Cluster);
        _drought = scenario.Account.Ec2.SpotCapacity.FirstOrDefault(w => w.State == SpotCapacityState.Gone);
        if (_drought is { } d)
        {
            account.Scheduler.ScheduleAt(d.Start + ((d.End - d.Start) / 2), () => _duringDrought = SystemCluster.OnDemandRunning(account));
        }

        Sample();
    }

    public CapacityFigures Figures()
    {
        var usage = _account.Ec2.Summary();
        var drought = _drought is { } d
            ? $"no Spot {RunSummaryText.Format(d.Start - _scenario.Account.Start)}–{RunSummaryText.Format(d.End - _scenario.Account.Start)}"
            : "Spot available throughout";
        return new CapacityFigures(
            "AutoScaling",
            string.Join("/", _cluster.InstanceTypes),
            _cluster.Workflows ? "on" : "off",
            _cluster.SpotTarget,
            _cluster.OnDemandMax,
            drought,
            Math.Round(usage.OnDemandHours, 3),
            Math.Round(usage.SpotHours, 3),
            (double)usage.OnDemandCost,
            (double)usage.SpotCost,
            _peak,
            _duringDrought,
            SystemCluster.OnDemandRunning(_account));
    }

    private void Sample()
    {
        _peak = Math.Max(_peak, SystemCluster.OnDemandRunning(_account));
        var next = _account.Scheduler.Now.AddMinutes(1);
        if (next < _scenario.Account.Start + _scenario.Horizon)
        {
            _account.Scheduler.ScheduleAt(next, Sample);
        }
    }
}
