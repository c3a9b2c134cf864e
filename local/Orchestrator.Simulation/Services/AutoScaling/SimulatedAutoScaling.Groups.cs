using System.Globalization;
using System.Text.Json.Nodes;
using Orchestrator.Simulation.Services.Ec2;

namespace Orchestrator.Simulation.Services.AutoScaling;

/// <summary>CreateAutoScalingGroup, UpdateAutoScalingGroup, DeleteAutoScalingGroup, DescribeAutoScalingGroups.</summary>
public sealed partial class SimulatedAutoScaling
{
    private JsonObject CreateAutoScalingGroup(JsonObject request)
    {
        var name = Ec2Json.String(request, "AutoScalingGroupName")!;
        if (_groups.ContainsKey(name))
        {
            throw AutoScalingErrors.AlreadyExists(name);
        }

        var template = Ec2Json.Object(request, "LaunchTemplate");
        var mixed = Ec2Json.Object(request, "MixedInstancesPolicy");
        if (template is null && mixed is null)
        {
            throw AutoScalingErrors.Validation(Ec2Json.String(request, "LaunchConfigurationName") is not null || Ec2Json.String(request, "InstanceId") is not null
                ? "The simulated Auto Scaling supports LaunchTemplate and MixedInstancesPolicy only."
                : "Valid requests must contain either LaunchTemplate, LaunchConfigurationName, InstanceId or MixedInstancesPolicy parameter.");
        }

        var min = Ec2Json.Int(request, "MinSize")!.Value;
        var max = Ec2Json.Int(request, "MaxSize")!.Value;
        var desired = Ec2Json.Int(request, "DesiredCapacity") ?? min;
        CheckBounds(min, max, desired);
        var zones = Ec2Json.Strings(request, "AvailabilityZones");
        if (zones.Count == 0)
        {
            // VPCZoneIdentifier subnets are not modelled: such a group spans every zone of the simulated EC2.
            zones = _ec2.Options.AvailabilityZones;
        }

        foreach (var zone in zones.Where(z => !_ec2.Options.AvailabilityZones.Contains(z)))
        {
            throw AutoScalingErrors.Validation($"The availability zone {zone} is not legally formatted or is not available.");
        }

        var group = new AutoScalingGroupState(this, _ec2, _ties)
        {
            Name = name,
            Arn = $"arn:aws:autoscaling:{_options.Region}:{_options.AccountId}:autoScalingGroup:{NewActivityId()}:autoScalingGroupName/{name}",
            CreatedTime = Now,
            Zones = zones,
            Pools = [],
            MinSize = min,
            MaxSize = max,
            DesiredCapacity = desired,
            DefaultCooldown = Ec2Json.Int(request, "DefaultCooldown") ?? 300,
            DefaultInstanceWarmup = Ec2Json.Int(request, "DefaultInstanceWarmup"),
            CapacityRebalance = Ec2Json.Bool(request, "CapacityRebalance") ?? false,
            NewInstancesProtectedFromScaleIn = Ec2Json.Bool(request, "NewInstancesProtectedFromScaleIn") ?? false,
        };
        ApplyLaunchSettings(group, template, mixed);
        _groups[name] = group;
        group.Reconcile();
        return [];
    }

    private JsonObject UpdateAutoScalingGroup(JsonObject request)
    {
        var group = Group(Ec2Json.String(request, "AutoScalingGroupName")!);
        var min = Ec2Json.Int(request, "MinSize") ?? group.MinSize;
        var max = Ec2Json.Int(request, "MaxSize") ?? group.MaxSize;
        var explicitDesired = Ec2Json.Int(request, "DesiredCapacity");
        // UpdateAutoScalingGroup API reference: a new MinSize above the current size raises the
        // desired capacity to it; a new MaxSize below the current size lowers it.
        var desired = explicitDesired ?? Math.Clamp(group.DesiredCapacity, min, Math.Max(min, max));
        CheckBounds(min, max, desired);
        var template = Ec2Json.Object(request, "LaunchTemplate");
        var mixed = Ec2Json.Object(request, "MixedInstancesPolicy");
        if (template is not null || mixed is not null)
        {
            ApplyLaunchSettings(group, template, mixed);
        }

        var old = group.DesiredCapacity;
        group.MinSize = min;
        group.MaxSize = max;
        group.DesiredCapacity = desired;
        group.DefaultCooldown = Ec2Json.Int(request, "DefaultCooldown") ?? group.DefaultCooldown;
        group.DefaultInstanceWarmup = Ec2Json.Int(request, "DefaultInstanceWarmup") ?? group.DefaultInstanceWarmup;
        group.CapacityRebalance = Ec2Json.Bool(request, "CapacityRebalance") ?? group.CapacityRebalance;
        group.NewInstancesProtectedFromScaleIn = Ec2Json.Bool(request, "NewInstancesProtectedFromScaleIn") ?? group.NewInstancesProtectedFromScaleIn;
        group.Reconcile(old == desired ? null : DesiredChangeCause(old, desired));
        return [];
    }

    private JsonObject DeleteAutoScalingGroup(JsonObject request)
    {
        var group = Group(Ec2Json.String(request, "AutoScalingGroupName")!);
        var force = Ec2Json.Bool(request, "ForceDelete") ?? false;
        if (group.Instances.Count > 0 && !force)
        {
            throw new AwsServiceException(ServiceName, "ResourceInUse", 400, "You cannot delete an AutoScalingGroup while there are instances or pending Spot instance request(s) still in the group.");
        }

        group.Deleted = true;
        foreach (var member in group.Instances.ToList())
        {
            _ec2.Terminate(member.Instance, InstanceTerminationCause.UserInitiated);
        }

        _groups.Remove(group.Name);
        return [];
    }

    private JsonObject DescribeAutoScalingGroups(JsonObject request)
    {
        var names = Ec2Json.Strings(request, "AutoScalingGroupNames");
        var groups = _groups.Values.Where(g => names.Count == 0 || names.Contains(g.Name));
        return new JsonObject { ["AutoScalingGroups"] = new JsonArray(groups.Select(g => (JsonNode)g.ToJson()).ToArray()) };
    }

    /// <summary>Error texts as AWS answers them (seen in SDK error reports): desired outside the bounds, max below min.</summary>
    private static void CheckBounds(int min, int max, int desired)
    {
        if (max < min)
        {
            throw AutoScalingErrors.Validation($"Max bound, {max}, must be greater than or equal to min bound, {min}");
        }

        if (desired < min || desired > max)
        {
            throw AutoScalingErrors.Validation($"Desired capacity:{desired} must be between the specified min size:{min} and max size:{max}");
        }
    }

    private string DesiredChangeCause(int from, int to) =>
        $"At {Ec2Json.Seconds(Now)} a user request explicitly set group desired capacity changing the desired capacity from {from} to {to}.";

    private void ApplyLaunchSettings(AutoScalingGroupState group, JsonObject? template, JsonObject? mixed)
    {
        group.LaunchTemplate = (JsonObject?)template?.DeepClone();
        group.MixedInstancesPolicy = (JsonObject?)mixed?.DeepClone();
        group.Mixed = mixed is not null;
        var spec = template ?? Ec2Json.Object(Ec2Json.Object(mixed, "LaunchTemplate"), "LaunchTemplateSpecification");
        var templateKey = Ec2Json.String(spec, "LaunchTemplateName") ?? Ec2Json.String(spec, "LaunchTemplateId") ?? string.Empty;
        var defaultType = _options.LaunchTemplateInstanceTypes.GetValueOrDefault(templateKey) ?? _options.DefaultInstanceType;
        var overrides = Ec2Json.Array(Ec2Json.Object(mixed, "LaunchTemplate"), "Overrides").OfType<JsonObject>().ToList();
        var entries = overrides.Count == 0
            ? [(Type: defaultType, Weight: "1")]
            : overrides.Select((o, i) => (Type: Ec2Json.String(o, "InstanceType") ?? defaultType, Weight: Ec2Json.String(o, "WeightedCapacity") ?? "1")).ToList();
        var pools = new List<LaunchPool>();
        foreach (var (entry, index) in entries.Select((e, i) => (e, i)))
        {
            var type = _ec2.FindType(entry.Type) ?? throw AutoScalingErrors.Validation($"MixedInstancesPolicy.LaunchTemplate.Overrides[{index}].InstanceType: the simulation has no data for instance type '{entry.Type}'.");
            if (!double.TryParse(entry.Weight, NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) || weight < 1 || weight > 999)
            {
                throw AutoScalingErrors.Validation($"MixedInstancesPolicy.LaunchTemplate.Overrides[{index}].WeightedCapacity must be a number from 1 to 999, got '{entry.Weight}'.");
            }

            foreach (var zone in group.Zones)
            {
                pools.Add(new LaunchPool(pools.Count, type, zone, weight, index));
            }
        }

        group.Pools = pools;
        var distribution = Ec2Json.Object(mixed, "InstancesDistribution");
        var percentage = Ec2Json.Int(distribution, "OnDemandPercentageAboveBaseCapacity") ?? 100;
        if (percentage is < 0 or > 100)
        {
            throw AutoScalingErrors.Validation($"MixedInstancesPolicy.InstancesDistribution.OnDemandPercentageAboveBaseCapacity must be between 0 and 100, got {percentage}.");
        }

        group.Distribution = new InstancesDistribution(
            Ec2Json.Int(distribution, "OnDemandBaseCapacity") ?? 0,
            percentage,
            Ec2Json.String(distribution, "OnDemandAllocationStrategy") ?? "prioritized",
            Ec2Json.String(distribution, "SpotAllocationStrategy") ?? "lowest-price");
    }
}
