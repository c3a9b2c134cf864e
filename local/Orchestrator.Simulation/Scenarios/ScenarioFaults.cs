using Orchestrator.Simulation.Faults;
using Orchestrator.Simulation.Services.AutoScaling;
using Orchestrator.Simulation.Services.Ec2;
using Orchestrator.Simulation.Services.Ecs;
using Orchestrator.Simulation.Services.EventBridge;
using Orchestrator.Simulation.Services.Lambda;
using Orchestrator.Simulation.Models;
using Orchestrator.Simulation.Scenarios.Reading;
using static Orchestrator.Simulation.Scenarios.ScenarioValues;

namespace Orchestrator.Simulation.Scenarios;

/// <summary>
/// The <c>faults:</c> section of a scenario turned into the account's settings, each field checked
/// and named in its error: Fargate Spot windows and interruptions, Lambda errors, throttles and cold
/// starts, API faults per operation, EC2 Spot capacity windows and interruptions, Auto Scaling
/// faults, and EventBridge duplicate or delayed delivery.
/// </summary>
internal static class ScenarioFaults
{
    public static EcsOptions Ecs(ScenarioFile.FaultSection? faults, DateTimeOffset start)
    {
        var windows = (faults?.FargateSpotUnavailable ?? [])
            .Select((w, i) => new TimeWindow(start + Durations.Parse(w.From, $"faults.fargateSpotUnavailable[{i}].from"), start + Durations.Parse(w.To, $"faults.fargateSpotUnavailable[{i}].to")))
            .ToList();
        return new EcsOptions
        {
            FargateSpotUnavailable = windows,
            FargateSpotInterruptionRatePerHour = NonNegative(faults?.FargateSpotInterruptionsPerTaskHour ?? 0, "faults.fargateSpotInterruptionsPerTaskHour"),
        };
    }

    public static LambdaOptions Lambda(ScenarioFile.FaultSection? faults) => new()
    {
        ServiceErrorProbability = Probability(faults?.LambdaErrorProbability, "faults.lambdaErrorProbability"),
        ThrottleProbability = Probability(faults?.LambdaThrottleProbability, "faults.lambdaThrottleProbability"),
        ColdStart = faults?.LambdaColdStart is { } cold ? Durations.Parse(cold, "faults.lambdaColdStart") : new LambdaOptions().ColdStart,
    };

    public static IReadOnlyList<ApiFault> Api(ScenarioFile.FaultSection? faults, DateTimeOffset start) =>
        (faults?.Api ?? []).Select((f, i) =>
        {
            var where = $"faults.api[{i}]";
            var service = Required(f.Service, $"{where}.service");
            if (!ApiModel.Services.Contains(service))
            {
                throw ScenarioException.For($"{where}.service", $"{where}.service: '{service}' is not a simulated service.{ClosestMatch.Hint(service, ApiModel.Services)} Services: {string.Join(", ", ApiModel.Services.Order(StringComparer.Ordinal))}.");
            }

            var operation = f.Operation ?? "*";
            if (operation != "*")
            {
                Operation(service, operation, $"{where}.operation");
            }

            return new ApiFault(
                service,
                operation,
                Probability(Required(f.Probability, $"{where}.probability"), $"{where}.probability"),
                f.Code,
                f.From is null ? null : start + Durations.Parse(f.From, $"{where}.from"),
                f.To is null ? null : start + Durations.Parse(f.To, $"{where}.to"),
                f.Status ?? 400);
        }).ToList();

    public static Ec2Options Ec2(ScenarioFile.FaultSection? faults, DateTimeOffset start) => new()
    {
        SpotCapacity = (faults?.SpotCapacity ?? []).Select((w, i) => SpotWindow(w, $"faults.spotCapacity[{i}]", start)).ToList(),
        Interruptions = (faults?.SpotInterruptions ?? []).Select((s, i) => new SpotInterruption(
            start + Durations.Parse(s.At, $"faults.spotInterruptions[{i}].at"),
            s.Count is null or > 0 ? s.Count ?? 1 : throw ScenarioException.For($"faults.spotInterruptions[{i}].count", $"faults.spotInterruptions[{i}].count must be ≥ 1."),
            s.InstanceType,
            s.Zone)).ToList(),
        InterruptionRatePerHour = NonNegative(faults?.SpotInterruptionsPerInstanceHour ?? 0, "faults.spotInterruptionsPerInstanceHour"),
        RebalanceLead = faults?.RebalanceLead is { } lead ? Durations.Parse(lead, "faults.rebalanceLead") : null,
    };

    public static AutoScalingOptions AutoScaling(ScenarioFile.FaultSection? faults) => new()
    {
        Faults = (faults?.AutoScaling ?? []).ToDictionary(
            p => Operation("autoscaling", p.Key, $"faults.autoScaling.{p.Key}"),
            p => new OperationFaults(
                Probability(p.Value.ScalingActivityInProgress, $"faults.autoScaling.{p.Key}.scalingActivityInProgress"),
                Probability(p.Value.ResourceContention, $"faults.autoScaling.{p.Key}.resourceContention"),
                Probability(p.Value.Throttling, $"faults.autoScaling.{p.Key}.throttling")),
            StringComparer.Ordinal),
    };

    public static EventBridgeOptions EventBridge(ScenarioFile.FaultSection? faults, DateTimeOffset stopSchedulesAt)
    {
        var delivery = faults?.EventDelivery;
        return new EventBridgeOptions(
            DuplicateDeliveryProbability: Probability(delivery?.DuplicateProbability, "faults.eventDelivery.duplicateProbability"),
            DelayedDeliveryProbability: Probability(delivery?.DelayedProbability, "faults.eventDelivery.delayedProbability"),
            MaxExtraDelay: delivery?.MaxExtraDelay is { } max ? Durations.Parse(max, "faults.eventDelivery.maxExtraDelay") : TimeSpan.Zero,
            StopSchedulesAt: stopSchedulesAt);
    }

    /// <summary>Checks that <paramref name="operation"/> is an operation of the service's AWS API model, spelt as the model spells it.</summary>
    private static string Operation(string service, string operation, string field)
    {
        var model = ApiModel.Load(service);
        if (model.FindOperation(operation) is { } name && name == operation)
        {
            return operation;
        }

        var closest = model.FindOperation(operation) ?? ClosestMatch.Find(operation, model.Operations);
        throw ScenarioException.For(field, $"{field}: '{operation}' is not an operation of the {service} API model.{(closest is null ? "" : $" Did you mean `{closest}`?")} Write the model's spelling (e.g. {model.Operations.Order(StringComparer.Ordinal).First()}), or * for every operation.");
    }

    private static SpotCapacityWindow SpotWindow(ScenarioFile.SpotCapacitySection w, string where, DateTimeOffset start)
    {
        var state = Required(w.State, $"{where}.state") switch
        {
            "available" => SpotCapacityState.Available,
            "scarce" => SpotCapacityState.Scarce,
            "gone" => SpotCapacityState.Gone,
            var other => throw ScenarioException.For($"{where}.state", $"{where}.state: '{other}' is not one of available, scarce, gone."),
        };
        return new SpotCapacityWindow(
            start + Durations.Parse(w.From, $"{where}.from"),
            start + Durations.Parse(w.To, $"{where}.to"),
            state,
            w.InstanceType,
            w.Zone,
            Probability(w.Probability ?? 0.5, $"{where}.probability"),
            w.InterruptRunning ?? false);
    }
}
