using System.Text.Json.Nodes;
using Orchestrator.Simulation.Services.Ec2;

namespace Orchestrator.Simulation.Services.AutoScaling;

/// <summary>SetDesiredCapacity, TerminateInstanceInAutoScalingGroup, SetInstanceProtection, DescribeScalingActivities.</summary>
public sealed partial class SimulatedAutoScaling
{
    /// <remarks>
    /// Bounds first (ValidationError "New SetDesiredCapacity value 5 is above max value 3 for the
    /// AutoScalingGroup." — recorded in SDK error reports), then, with HonorCooldown, a scaling
    /// activity in progress or a running cooldown refuses the call with ScalingActivityInProgress
    /// (Auto Scaling User Guide, "Scaling cooldowns": manual scaling ignores the cooldown unless asked).
    /// </remarks>
    private JsonObject SetDesiredCapacity(JsonObject request)
    {
        var group = Group(Ec2Json.String(request, "AutoScalingGroupName")!);
        var desired = Ec2Json.Int(request, "DesiredCapacity")!.Value;
        if (desired > group.MaxSize)
        {
            throw AutoScalingErrors.Validation($"New SetDesiredCapacity value {desired} is above max value {group.MaxSize} for the AutoScalingGroup.");
        }

        if (desired < group.MinSize)
        {
            throw AutoScalingErrors.Validation($"New SetDesiredCapacity value {desired} is below min value {group.MinSize} for the AutoScalingGroup.");
        }

        if ((Ec2Json.Bool(request, "HonorCooldown") ?? false) && group.Blocking(Now) is { } blocking)
        {
            throw AutoScalingErrors.ActivityInProgress(blocking.Id);
        }

        var old = group.DesiredCapacity;
        group.DesiredCapacity = desired;
        group.Reconcile(old == desired ? null : DesiredChangeCause(old, desired));
        return [];
    }

    private JsonObject TerminateInstanceInAutoScalingGroup(JsonObject request)
    {
        var id = Ec2Json.String(request, "InstanceId")!;
        var decrement = Ec2Json.Bool(request, "ShouldDecrementDesiredCapacity")!.Value;
        var (group, member) = _groups.Values
            .SelectMany(g => g.Instances.Select(i => (Group: g, Member: i)))
            .FirstOrDefault(p => p.Member.Instance.Id == id && p.Member.LifecycleState != "Terminating");
        if (group is null || member is null)
        {
            throw AutoScalingErrors.Validation($"Instance Id not found - No managed instance found for instance ID: {id}");
        }

        if (decrement && group.DesiredCapacity <= group.MinSize)
        {
            throw AutoScalingErrors.Validation($"Currently, desiredSize equals minSize ({group.MinSize}). Terminating instance without replacement will violate group's min size constraint. Either set shouldDecrementDesiredCapacity flag to false or lower group's min size.");
        }

        var activity = group.TerminateByRequest(member, decrement);
        return new JsonObject { ["Activity"] = activity.ToJson(group.Arn) };
    }

    private JsonObject SetInstanceProtection(JsonObject request)
    {
        var group = Group(Ec2Json.String(request, "AutoScalingGroupName")!);
        var protect = Ec2Json.Bool(request, "ProtectedFromScaleIn")!.Value;
        var members = Ec2Json.Strings(request, "InstanceIds")
            .Select(id => group.Instances.FirstOrDefault(i => i.Instance.Id == id)
                ?? throw AutoScalingErrors.Validation($"The instance {id} is not part of Auto Scaling group {group.Name}."))
            .ToList();
        foreach (var member in members)
        {
            member.Protected = protect;
        }

        return [];
    }

    private JsonObject DescribeScalingActivities(JsonObject request)
    {
        var name = Ec2Json.String(request, "AutoScalingGroupName");
        var groups = name is null ? _groups.Values.ToList() : [Group(name)];
        var activities = groups.SelectMany(g => g.Activities.Select(a => a.ToJson(g.Arn)))
            .Reverse()
            .Take(Ec2Json.Int(request, "MaxRecords") ?? 100);
        return new JsonObject { ["Activities"] = new JsonArray(activities.Select(a => (JsonNode)a).ToArray()) };
    }
}
