using System.Text.Json.Nodes;

namespace Orchestrator.Core.Capacity;

/// <summary>
/// The Spot pool as one describe call shows it: its target and fulfilled capacity in its own units,
/// whether its target is being changed, and the weight of each instance type (and, for a group, of
/// each instance).
/// </summary>
/// <remarks>
/// <para><b>Spot Fleet</b> (DescribeSpotFleetRequests): TargetCapacity and FulfilledCapacity as the
/// fleet reports them (FulfilledCapacity counts pending and running instances, and an instance under an
/// interruption warning until it is gone); state <c>submitted</c> or <c>modifying</c> means the target is
/// moving; a cancelled fleet is an error. Weights come from LaunchSpecifications or
/// LaunchTemplateConfigs[].Overrides (WeightedCapacity, default 1).</para>
/// <para><b>Auto Scaling group</b> (DescribeAutoScalingGroups): the target is DesiredCapacity; fulfilled
/// is the weight of instances Pending (any Pending:* state) or InService, each its WeightedCapacity
/// (a string in the API) or 1. A group never reports a moving target here: the backfill sees movement
/// by comparing successive readings.</para>
/// </remarks>
public sealed record SpotPool(
    SpotPoolKind Kind,
    string Id,
    string State,
    double Target,
    double Fulfilled,
    bool Moving,
    IReadOnlyDictionary<string, double> TypeWeights,
    IReadOnlyDictionary<string, double> InstanceWeights)
{
    /// <summary>Capacity units the pool lacks (never negative).</summary>
    public double Shortfall => Math.Max(0, Target - Fulfilled);

    /// <summary>Reads the answer of the describe call for <paramref name="kind"/>.</summary>
    public static SpotPool Parse(SpotPoolKind kind, string id, JsonObject answer) =>
        kind == SpotPoolKind.SpotFleet ? FromFleet(id, answer) : FromGroup(id, answer);

    /// <summary>The weight of an instance: by id (a group's instance), else by type, else 1.</summary>
    public double WeightOf(string instanceId, string? instanceType) =>
        InstanceWeights.TryGetValue(instanceId, out var w) ? w
        : instanceType is not null && TypeWeights.TryGetValue(instanceType, out var t) ? t
        : 1;

    private static SpotPool FromFleet(string id, JsonObject answer)
    {
        const string where = "SpotPool";
        var fleets = AnswerJson.Objects(answer, "SpotFleetRequestConfigs", where).ToList();
        var (fleet, at) = fleets.FirstOrDefault(f => Json.OptionalString(f.Item, "SpotFleetRequestId") == id);
        if (fleet is null)
        {
            throw new InvalidInputException($"{where}: Spot Fleet request '{id}' is not in the DescribeSpotFleetRequests answer.");
        }

        var state = Json.String(fleet, "SpotFleetRequestState", at);
        if (state.StartsWith("cancelled", StringComparison.Ordinal) || state == "failed")
        {
            throw new InvalidInputException($"{where}: Spot Fleet request '{id}' is {state}; the capacity workflows need an active fleet.");
        }

        var config = Json.Object(fleet, "SpotFleetRequestConfig", at);
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var specs = AnswerJson.Objects(config, "LaunchSpecifications", at + ".SpotFleetRequestConfig")
            .Concat(AnswerJson.Objects(config, "LaunchTemplateConfigs", at + ".SpotFleetRequestConfig")
                .SelectMany(t => AnswerJson.Objects(t.Item, "Overrides", t.Where)));
        foreach (var (spec, path) in specs)
        {
            if (Json.OptionalString(spec, "InstanceType") is { } type)
            {
                weights[type] = AnswerJson.Number(spec, "WeightedCapacity", path) ?? 1;
            }
        }

        return new SpotPool(
            SpotPoolKind.SpotFleet,
            id,
            state,
            AnswerJson.RequiredNumber(config, "TargetCapacity", at + ".SpotFleetRequestConfig"),
            AnswerJson.Number(config, "FulfilledCapacity", at + ".SpotFleetRequestConfig") ?? 0,
            state is "submitted" or "modifying",
            weights,
            new Dictionary<string, double>(StringComparer.Ordinal));
    }

    private static SpotPool FromGroup(string name, JsonObject answer)
    {
        var group = OnDemandGroup.FindGroup(answer, name, "SpotPool");
        var at = "SpotPool.AutoScalingGroups[" + name + "]";
        var typeWeights = new Dictionary<string, double>(StringComparer.Ordinal);
        if (group["MixedInstancesPolicy"] is JsonObject mixed && mixed["LaunchTemplate"] is JsonObject template)
        {
            foreach (var (o, path) in AnswerJson.Objects(template, "Overrides", at + ".MixedInstancesPolicy.LaunchTemplate"))
            {
                if (Json.OptionalString(o, "InstanceType") is { } type)
                {
                    typeWeights[type] = AnswerJson.Number(o, "WeightedCapacity", path) ?? 1;
                }
            }
        }

        var instanceWeights = new Dictionary<string, double>(StringComparer.Ordinal);
        var fulfilled = 0.0;
        foreach (var (instance, path) in AnswerJson.Objects(group, "Instances", at))
        {
            var id = Json.String(instance, "InstanceId", path);
            var weight = AnswerJson.Number(instance, "WeightedCapacity", path)
                ?? (Json.OptionalString(instance, "InstanceType") is { } t && typeWeights.TryGetValue(t, out var w) ? w : 1);
            instanceWeights[id] = weight;
            var lifecycle = Json.String(instance, "LifecycleState", path);
            if (lifecycle == "InService" || lifecycle.StartsWith("Pending", StringComparison.Ordinal))
            {
                fulfilled += weight;
            }
        }

        return new SpotPool(
            SpotPoolKind.AutoScaling,
            name,
            "active",
            AnswerJson.RequiredNumber(group, "DesiredCapacity", at),
            fulfilled,
            false,
            typeWeights,
            instanceWeights);
    }
}
