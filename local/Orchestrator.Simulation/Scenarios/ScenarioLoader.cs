using Orchestrator.Simulation.Account;
using Orchestrator.Simulation.Services.EventBridge.Pipes;
using Orchestrator.Simulation.Services.Scheduling;
using Orchestrator.Simulation.Workload;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

using static Orchestrator.Simulation.Scenarios.ScenarioValues;

namespace Orchestrator.Simulation.Scenarios;

/// <summary>
/// Reads a scenario file (YAML) into a <see cref="Scenario"/>, checking every field; a mistake is a
/// <see cref="ScenarioException"/> naming the field, never a half-built run.
/// </summary>
public static class ScenarioLoader
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static Scenario Parse(string yaml, long? seedOverride = null)
    {
        ScenarioFile file;
        try
        {
            file = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build().Deserialize<ScenarioFile>(yaml)
                ?? throw new ScenarioException("The scenario file is empty.");
        }
        catch (YamlException e)
        {
            throw new ScenarioException($"Invalid scenario YAML at line {e.Start.Line}, column {e.Start.Column}: {e.InnerException?.Message ?? e.Message}", e);
        }

        var horizon = Durations.Parse(file.Horizon ?? "12h", "horizon");
        if (file.Capacity is { } capacity && file.Traffic is null)
        {
            var seed = seedOverride ?? file.Seed ?? 7;
            var drought = CapacityScenario.Parse(capacity, file, seed, horizon);
            return new Scenario(file.Name ?? "scenario", file.Description ?? "", horizon, new AccountOptions { Seed = seed, Start = Start }, new DrainStack(), [], null, false, drought);
        }

        var traffic = (file.Traffic ?? throw new ScenarioException("traffic: at least one burst of messages is required."))
            .Select((t, i) => Burst(t, $"traffic[{i}]"))
            .ToList();
        if (file.Triggers?.Schedule is { } schedule && !ScheduleExpression.TryParse(schedule, out _, out var why))
        {
            throw new ScenarioException($"triggers.schedule: {why}");
        }

        var cluster = file.Capacity is { } system ? SystemScenario.Parse(system) : null;
        var options = new AccountOptions
        {
            Seed = seedOverride ?? file.Seed ?? 1,
            Start = Start,
            Ecs = ScenarioFaults.Ecs(file.Faults, Start),
            Lambda = ScenarioFaults.Lambda(file.Faults),
            Workload = Workload(file.Workload),
            EventBridge = ScenarioFaults.EventBridge(file.Faults, Start + horizon),
            Ec2 = ScenarioFaults.Ec2(file.Faults, Start),
            AutoScaling = ScenarioFaults.AutoScaling(file.Faults),
            ApiFaults = ScenarioFaults.Api(file.Faults, Start),
            Scheduler = new SchedulerOptions(StopSchedulesAt: Start + horizon),
            Pipes = new PipesOptions(StopPollingAt: Start + horizon),
            KeepMessageHistory = false,
            KeepExecutions = new ExecutionRetention(),
        };
        SystemScenario.CheckFaults(file.Faults, onEc2: cluster is not null);
        var stack = StackSettings.Apply(new DrainStack(), file.Stack ?? []);
        if (cluster is not null)
        {
            options = SystemScenario.Apply(options, cluster);
            stack = stack with { SpotCapacityProvider = SystemCluster.SpotProvider, OnDemandCapacityProvider = SystemCluster.OnDemandProvider };
        }

        return new Scenario(
            file.Name ?? "scenario",
            file.Description ?? "",
            horizon,
            options,
            stack,
            traffic,
            file.Triggers?.Schedule,
            file.Triggers?.Alarm ?? true,
            Cluster: cluster);
    }

    private static TrafficBurst Burst(ScenarioFile.TrafficSection t, string where)
    {
        var messages = t.Messages ?? throw new ScenarioException($"{where}.messages is required.");
        if (messages < 0 || (t.Poison ?? 0) < 0 || (t.Poison ?? 0) > messages)
        {
            throw new ScenarioException($"{where}: messages must be ≥ 0 and poison between 0 and messages.");
        }

        return new TrafficBurst(Durations.Parse(t.At ?? "0s", $"{where}.at"), messages, Durations.Parse(t.Over ?? "0s", $"{where}.over"), t.Poison ?? 0);
    }

    private static WorkloadModel Workload(ScenarioFile.WorkloadSection? w)
    {
        var model = new WorkloadModel
        {
            DurationPerBatch = SecondsDistribution.Fixed(NonNegative(w?.SecondsPerBatch ?? 20, "workload.secondsPerBatch")),
            DurationPerMessage = SecondsDistribution.Fixed(NonNegative(w?.SecondsPerMessage ?? 3, "workload.secondsPerMessage")),
            FailureProbability = Probability(w?.FailureProbability, "workload.failureProbability"),
            PoisonBodyMarker = w?.PoisonMarker ?? "POISON",
            HangProbability = Probability(w?.HangProbability, "workload.hangProbability"),
            StartFailureProbability = Probability(w?.StartFailureProbability, "workload.startFailureProbability"),
        };
        return model;
    }
}
