namespace Orchestrator.Core.QueueDrain;

/// <summary>
/// Prices used for the estimated cost in every drain report (USD, us-east-1, Linux/x86).
/// </summary>
/// <remarks>
/// Fargate on-demand: $0.04048 per vCPU-hour and $0.004445 per GB-hour (AWS Fargate pricing page).
/// Fargate Spot varies with the market; AWS advertises "up to 70%" off, so the model takes 30 % of
/// the on-demand rates. Step Functions Standard: $0.025 per 1,000 state transitions. Lambda: $0.20
/// per million requests; compute is left out (each decision runs a few milliseconds). Estimates,
/// not a bill: Fargate also bills a one-minute minimum, which is not modelled.
/// </remarks>
public sealed record CostModel(double VcpuHour, double GbHour, double SpotFactor, double PerTransition)
{
    public static CostModel UsEast1 { get; } = new(0.04048, 0.004445, 0.30, 0.025 / 1000);

    /// <summary>Estimated cost of the tasks in <paramref name="stats"/> for tasks of this size.</summary>
    public double Tasks(LaneStats stats, double vcpu, double memoryGb)
    {
        var perSecond = ((vcpu * VcpuHour) + (memoryGb * GbHour)) / 3600;
        return (stats.TaskSecondsOnDemand * perSecond) + (stats.TaskSecondsSpot * perSecond * SpotFactor);
    }
}
