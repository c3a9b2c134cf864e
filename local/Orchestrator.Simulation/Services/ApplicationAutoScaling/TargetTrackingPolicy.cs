namespace Orchestrator.Simulation.Services.ApplicationAutoScaling;

/// <summary>A target tracking policy (PolicyType TargetTrackingScaling) on one metric.</summary>
/// <remarks>
/// <para>Application Auto Scaling creates two alarms for it: a high alarm, metric above the target for 3
/// one-minute datapoints out of 3, and a low alarm, metric below 90 % of the target for 15 out of 15
/// ("Target tracking scaling policies for Application Auto Scaling": the alarms it creates; the console
/// shows them as AlarmHigh/AlarmLow with these settings).</para>
/// <para>The capacity asked for is proportional: ceil(capacity × metric / target), as target tracking
/// "calculates the scaling adjustment based on the metric and the target value" keeping the metric at the
/// target; scale-out rounds up, scale-in rounds up too so it never removes more than the metric allows.
/// From zero capacity any metric above the target asks for one task.</para>
/// <para>Default cooldowns: 300 s out and 300 s in for ECS services (Application Auto Scaling User Guide,
/// "Define cooldown periods").</para>
/// </remarks>
public sealed record TargetTrackingPolicy(string Name, double TargetValue, TimeSpan ScaleOutCooldown, TimeSpan ScaleInCooldown, bool DisableScaleIn = false)
{
    public static readonly TimeSpan DefaultCooldown = TimeSpan.FromSeconds(300);

    /// <summary>The capacity asked for when the metric is <paramref name="metric"/> at <paramref name="capacity"/>.</summary>
    public int Desired(int capacity, double metric)
    {
        if (capacity == 0)
        {
            return metric > TargetValue ? 1 : 0;
        }

        return (int)Math.Ceiling(capacity * metric / TargetValue - 1e-9);
    }
}
