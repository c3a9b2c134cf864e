namespace Orchestrator.Simulation.Services.Ec2;

/// <summary>Instance-hours and cost so far, split by purchase option, for scenario reports.</summary>
public sealed record UsageSummary(double OnDemandHours, decimal OnDemandCost, double SpotHours, decimal SpotCost)
{
    /// <summary>On-demand plus Spot cost.</summary>
    public decimal TotalCost => OnDemandCost + SpotCost;
}
