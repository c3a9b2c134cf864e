using System.Globalization;
using System.Text.Json.Nodes;
using Orchestrator.Simulation.Services.CloudWatch;
using Orchestrator.Simulation.Services.Ecs;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Services.ApplicationAutoScaling;

/// <summary>
/// Application Auto Scaling for ECS services: scalable targets on ecs:service:DesiredCount, step scaling
/// policies invoked by CloudWatch alarm actions, and target tracking policies with the two alarms
/// Application Auto Scaling creates for them. It changes a service's desired count through ECS
/// UpdateService, as the real service does.
/// </summary>
/// <remarks>
/// Not reachable from state machines (no API model of it is in ../shared/aws-models): the designs that
/// the comparison models (docs/COMPARE.md) configure it in C#. CloudWatch invokes a policy at every
/// evaluation while its alarm stays in ALARM (<see cref="SimulatedCloudWatch.ScalingActionInvoked"/>);
/// the cooldown rules are in <see cref="PolicyCooldown"/>.
/// </remarks>
public sealed class SimulatedApplicationAutoScaling
{
    private const string ArnPrefix = "arn:aws:autoscaling:us-east-1:123456789012:scalingPolicy:";
    private readonly Scheduler _scheduler;
    private readonly SimulatedCloudWatch _cloudWatch;
    private readonly SimulatedEcs _ecs;
    private readonly Dictionary<string, ScalableTarget> _targets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Action<ScalingActionInvocation>> _policies = new(StringComparer.Ordinal);
    private readonly List<ScalingActivity> _activities = [];

    public SimulatedApplicationAutoScaling(Scheduler scheduler, SimulatedCloudWatch cloudWatch, SimulatedEcs ecs)
    {
        _scheduler = scheduler;
        _cloudWatch = cloudWatch;
        _ecs = ecs;
        cloudWatch.ScalingActionInvoked += Invoke;
    }

    /// <summary>Every change of desired capacity made by a policy, in order.</summary>
    public IReadOnlyList<ScalingActivity> Activities => _activities;

    /// <summary>RegisterScalableTarget for an ECS service.</summary>
    public void RegisterScalableTarget(ScalableTarget target)
    {
        if (target.MinCapacity < 0 || target.MaxCapacity < target.MinCapacity)
        {
            throw new ArgumentException($"{target.ResourceId}: MinCapacity must be 0 or more and at most MaxCapacity.", nameof(target));
        }

        _targets[target.ResourceId] = target;
    }

    /// <summary>PutScalingPolicy (StepScaling); returns the policy ARN to give an alarm as its action.</summary>
    public string PutStepScalingPolicy(ScalableTarget target, StepScalingPolicy policy)
    {
        var registered = Registered(target);
        var cooldown = new PolicyCooldown();
        return Add(registered, policy.Name, invocation =>
        {
            if (invocation.State != "ALARM" || invocation.Value is not { } value)
            {
                return;
            }

            var breach = value - invocation.Threshold;
            Apply(registered, policy.Name, $"alarm {invocation.AlarmName} at {Text(value)}", cooldown,
                capacity => policy.Desired(capacity, breach), policy.Cooldown, policy.Cooldown);
        });
    }

    /// <summary>PutScalingPolicy (TargetTrackingScaling) on a CloudWatch metric (statistic Average, one-minute
    /// datapoints); creates its high and low alarms.</summary>
    public void PutTargetTrackingPolicy(ScalableTarget target, TargetTrackingPolicy policy, string metricNamespace, string metricName, IReadOnlyDictionary<string, string> dimensions)
    {
        var registered = Registered(target);
        var cooldown = new PolicyCooldown();
        var arn = Add(registered, policy.Name, invocation =>
        {
            if (invocation.State != "ALARM" || invocation.Value is not { } value)
            {
                return;
            }

            var scaleIn = invocation.AlarmName.EndsWith("-AlarmLow", StringComparison.Ordinal);
            if (scaleIn && policy.DisableScaleIn)
            {
                return;
            }

            Apply(registered, policy.Name, $"alarm {invocation.AlarmName} at {Text(value)}", cooldown,
                capacity => scaleIn ? Math.Min(capacity, policy.Desired(capacity, value)) : Math.Max(capacity, policy.Desired(capacity, value)),
                policy.ScaleOutCooldown, policy.ScaleInCooldown);
        });
        Alarm($"TargetTracking-{registered.ResourceId}-AlarmHigh", metricNamespace, metricName, dimensions, 3, policy.TargetValue, "GreaterThanThreshold", arn);
        Alarm($"TargetTracking-{registered.ResourceId}-AlarmLow", metricNamespace, metricName, dimensions, 15, policy.TargetValue * 0.9, "LessThanThreshold", arn);
    }

    /// <summary>Sets a service's desired count within its target's limits (what a custom scaler Lambda does
    /// with UpdateService), recording the activity; returns the count set.</summary>
    public int SetDesired(ScalableTarget target, int desired, string policy, string cause)
    {
        var registered = Registered(target);
        var current = DesiredCount(registered);
        var clamped = registered.Clamp(desired);
        if (clamped != current)
        {
            Update(registered, current, clamped, policy, cause);
        }

        return clamped;
    }

    /// <summary>The service's desired count now (DescribeServices).</summary>
    public int DesiredCount(ScalableTarget target)
    {
        var answer = _ecs.Invoke("DescribeServices", new JsonObject { ["cluster"] = target.Cluster, ["services"] = new JsonArray(target.Service) });
        return answer["services"]![0]!["desiredCount"]!.GetValue<int>();
    }

    private void Invoke(ScalingActionInvocation invocation)
    {
        if (_policies.TryGetValue(invocation.PolicyArn, out var policy))
        {
            policy(invocation);
        }
    }

    private void Apply(ScalableTarget target, string policy, string cause, PolicyCooldown cooldown, Func<int, int> propose, TimeSpan outCooldown, TimeSpan inCooldown)
    {
        var current = DesiredCount(target);
        if (cooldown.Decide(_scheduler.Now, current, target, propose, outCooldown, inCooldown) is { } desired && desired != current)
        {
            Update(target, current, desired, policy, cause);
        }
    }

    private void Update(ScalableTarget target, int from, int to, string policy, string cause)
    {
        _ecs.Invoke("UpdateService", new JsonObject { ["cluster"] = target.Cluster, ["service"] = target.Service, ["desiredCount"] = to });
        _activities.Add(new ScalingActivity(_scheduler.Now, target.ResourceId, policy, from, to, cause));
    }

    private string Add(ScalableTarget target, string name, Action<ScalingActionInvocation> run)
    {
        var arn = $"{ArnPrefix}{target.ResourceId.Replace('/', '-')}:resource/ecs/{target.ResourceId}:policyName/{name}";
        _policies[arn] = run;
        return arn;
    }

    private void Alarm(string name, string ns, string metric, IReadOnlyDictionary<string, string> dimensions, int periods, double threshold, string comparison, string action) =>
        _cloudWatch.Invoke("PutMetricAlarm", new JsonObject
        {
            ["AlarmName"] = name,
            ["Namespace"] = ns,
            ["MetricName"] = metric,
            ["Dimensions"] = new JsonArray(dimensions.Select(d => (JsonNode)new JsonObject { ["Name"] = d.Key, ["Value"] = d.Value }).ToArray()),
            ["Statistic"] = "Average",
            ["Period"] = 60,
            ["EvaluationPeriods"] = periods,
            ["Threshold"] = threshold,
            ["ComparisonOperator"] = comparison,
            ["AlarmActions"] = new JsonArray(action),
        });

    private ScalableTarget Registered(ScalableTarget target) =>
        _targets.TryGetValue(target.ResourceId, out var registered) ? registered : throw new InvalidOperationException($"{target.ResourceId} is not a registered scalable target.");

    private static string Text(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
