using System.Text.Json.Nodes;

namespace Orchestrator.Core.Capacity;

/// <summary>The on-demand Auto Scaling group, the safety net, as DescribeAutoScalingGroups shows it.</summary>
public sealed record OnDemandGroup(string Name, int MinSize, int MaxSize, int DesiredCapacity, IReadOnlyList<GroupMember> Members)
{
    /// <summary>Reads the group named <paramref name="name"/> from a DescribeAutoScalingGroups answer.</summary>
    public static OnDemandGroup Parse(JsonObject answer, string name)
    {
        var group = FindGroup(answer, name, "OnDemand");
        var at = $"OnDemand.AutoScalingGroups[{name}]";
        var members = AnswerJson.Objects(group, "Instances", at)
            .Select(i => new GroupMember(
                Json.String(i.Item, "InstanceId", i.Where),
                Json.String(i.Item, "LifecycleState", i.Where),
                i.Item["ProtectedFromScaleIn"]?.GetValueKind() == System.Text.Json.JsonValueKind.True))
            .ToList();
        return new OnDemandGroup(name, Whole(group, "MinSize", at), Whole(group, "MaxSize", at), Whole(group, "DesiredCapacity", at), members);
    }

    /// <summary>The group object named <paramref name="name"/>; DescribeAutoScalingGroups answers an
    /// unknown name with an empty list, which is an error here.</summary>
    internal static JsonObject FindGroup(JsonObject answer, string name, string where) =>
        AnswerJson.Objects(answer, "AutoScalingGroups", where)
            .Select(g => g.Item)
            .FirstOrDefault(g => Json.OptionalString(g, "AutoScalingGroupName") == name)
        ?? throw new InvalidInputException($"{where}: Auto Scaling group '{name}' is not in the DescribeAutoScalingGroups answer (it does not exist).");

    private static int Whole(JsonObject o, string name, string where) => (int)Json.Long(o, name, where);
}
