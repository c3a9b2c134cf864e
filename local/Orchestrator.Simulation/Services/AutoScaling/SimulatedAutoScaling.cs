using System.Text.Json.Nodes;
using Orchestrator.Simulation.Models;
using Orchestrator.Simulation.Services.Ec2;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Services.AutoScaling;

/// <summary>
/// Simulated Amazon EC2 Auto Scaling ("autoscaling"): groups with a launch template or a mixed
/// instances policy that launch and terminate instances in the simulated EC2 to follow their desired
/// capacity, replace Spot instances lost to interruptions, honour cooldowns when asked, and can be
/// made to fail with injected faults.
/// </summary>
/// <remarks>
/// Requests use autoscaling.json's member names and are validated against it first (errors are
/// ValidationError). Files: Groups (create, update, describe, delete), Capacity (SetDesiredCapacity,
/// TerminateInstanceInAutoScalingGroup, SetInstanceProtection, DescribeScalingActivities);
/// <see cref="AutoScalingGroupState"/> holds the convergence and termination-policy rules.
/// </remarks>
public sealed partial class SimulatedAutoScaling : ISimulatedService
{
    private readonly SimulatedEc2 _ec2;
    private readonly AutoScalingOptions _options;
    private readonly SeededRandom _ids;
    private readonly SeededRandom _faults;
    private readonly SeededRandom _requestIds;
    private readonly SeededRandom _ties;
    private readonly Dictionary<string, AutoScalingGroupState> _groups = new(StringComparer.Ordinal);

    /// <summary>Creates the service over <paramref name="ec2"/>; <paramref name="random"/> is forked per stream (ids, faults, request ids, tie-breaks).</summary>
    public SimulatedAutoScaling(SimulatedEc2 ec2, SeededRandom random, AutoScalingOptions? options = null)
    {
        _ec2 = ec2;
        _options = options ?? new AutoScalingOptions();
        _ids = random.Fork();
        _faults = random.Fork();
        _requestIds = random.Fork();
        _ties = random.Fork();
    }

    /// <inheritdoc/>
    public string ServiceName => AutoScalingErrors.Service;

    /// <summary>The settings in use.</summary>
    public AutoScalingOptions Options => _options;

    private DateTimeOffset Now => _ec2.Scheduler.Now;

    /// <inheritdoc/>
    public JsonNode Invoke(string operation, JsonObject request) =>
        ServiceRequests.Answer(ServiceName, operation, request, _requestIds, "InvalidAction", name =>
        {
            InjectFaults(name);
            return name switch
            {
                "CreateAutoScalingGroup" => CreateAutoScalingGroup(request),
                "UpdateAutoScalingGroup" => UpdateAutoScalingGroup(request),
                "DeleteAutoScalingGroup" => DeleteAutoScalingGroup(request),
                "DescribeAutoScalingGroups" => DescribeAutoScalingGroups(request),
                "SetDesiredCapacity" => SetDesiredCapacity(request),
                "TerminateInstanceInAutoScalingGroup" => TerminateInstanceInAutoScalingGroup(request),
                "SetInstanceProtection" => SetInstanceProtection(request),
                "DescribeScalingActivities" => DescribeScalingActivities(request),
                _ => throw AutoScalingErrors.Validation($"The simulated Auto Scaling does not implement {name}."),
            };
        });

    internal string NewActivityId()
    {
        var hi = _ids.NextUInt64().ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
        var lo = _ids.NextUInt64().ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
        return $"{hi[..8]}-{hi[8..12]}-{hi[12..16]}-{lo[..4]}-{lo[4..16]}";
    }

    private void InjectFaults(string operation)
    {
        if (!_options.Faults.TryGetValue(operation, out var faults))
        {
            return;
        }

        if (_faults.NextDouble() < faults.ScalingActivityInProgress)
        {
            throw AutoScalingErrors.ActivityInProgress(NewActivityId());
        }

        if (_faults.NextDouble() < faults.ResourceContention)
        {
            throw AutoScalingErrors.ResourceContention();
        }

        if (_faults.NextDouble() < faults.Throttling)
        {
            throw AutoScalingErrors.Throttling();
        }
    }

    private AutoScalingGroupState Group(string name) => _groups.GetValueOrDefault(name) ?? throw AutoScalingErrors.GroupNotFound(name);
}
