using Orchestrator.Simulation.Account;
using Orchestrator.Simulation.Scenarios.Reading;
using Orchestrator.Simulation.Services.EventBridge.Pipes;
using Orchestrator.Simulation.Services.Scheduling;
using Orchestrator.Simulation.Workload;

using static Orchestrator.Simulation.Scenarios.ScenarioValues;

namespace Orchestrator.Simulation.Scenarios;

/// <summary>
/// Reads a scenario file (YAML) into a <see cref="Scenario"/>, checking every field; a mistake is a
/// <see cref="ScenarioException"/> naming the key path and its line, never a half-built run.
/// </summary>
/// <remarks>
/// Reading is strict (<see cref="YamlTreeReader"/>, <see cref="SectionBinder"/>): unknown keys,
/// duplicate keys, wrong types are refused before any value is used; then each value is checked
/// here and in the section readers (<see cref="ScenarioTraffic"/>, <see cref="StackSettings"/>,
/// <see cref="ScenarioFaults"/>, <see cref="ScenarioWindows"/>, <see cref="ScenarioStartup"/>).
/// </remarks>
public static class ScenarioLoader
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Reads the scenario file at <paramref name="path"/>; a replay CSV is found relative to it.</summary>
    public static Scenario Load(string path, long? seedOverride = null) =>
        Parse(File.ReadAllText(path), seedOverride, Path.GetDirectoryName(Path.GetFullPath(path)));

    /// <summary>Reads a scenario from its text; <paramref name="directory"/> is where relative files (replay CSVs) are looked up (default: the current directory).</summary>
    public static Scenario Parse(string yaml, long? seedOverride = null, string? directory = null)
    {
        var locations = new ScenarioLocations();
        try
        {
            var file = new SectionBinder(locations).Bind<ScenarioFile>(YamlTreeReader.Read(yaml));
            return Build(file, seedOverride, directory);
        }
        catch (ScenarioException e)
        {
            throw locations.Locate(e);
        }
    }

    private static Scenario Build(ScenarioFile file, long? seedOverride, string? directory)
    {
        var horizon = PositiveDuration(file.Horizon ?? "12h", "horizon");
        ScenarioWindows.Check(file.Faults, horizon);
        if (file.Capacity is { } capacity && file.Traffic is null)
        {
            var seed = seedOverride ?? file.Seed ?? 7;
            var drought = CapacityScenario.Parse(capacity, file, seed, horizon);
            return new Scenario(file.Name ?? "scenario", file.Description ?? "", horizon, new AccountOptions { Seed = seed, Start = Start }, new DrainStack(), [], null, false, drought);
        }

        var workload = Workload(file.Workload);
        var traffic = ScenarioTraffic.Parse(file.Traffic, horizon, directory, workload.PoisonBodyMarker ?? "POISON");
        var stack = Queue(StackSettings.Apply(new DrainStack(), file.Stack ?? []), file.Queue);
        var cluster = file.Capacity is { } system ? SystemScenario.Parse(system) : null;
        var options = new AccountOptions
        {
            Seed = seedOverride ?? file.Seed ?? 1,
            Start = Start,
            Ecs = ScenarioStartup.Apply(ScenarioFaults.Ecs(file.Faults, Start), file.Startup),
            Lambda = ScenarioFaults.Lambda(file.Faults),
            Workload = workload,
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
            stack.DrainSchedule.Length == 0 ? null : stack.DrainSchedule,
            file.Triggers?.Alarm ?? true,
            Cluster: cluster);
    }

    /// <summary>The <c>queue:</c> section, with AWS's ranges (CreateQueue: VisibilityTimeout 0–12 h,
    /// MessageRetentionPeriod 60 s–14 days; RedrivePolicy maxReceiveCount 1–1000).</summary>
    private static DrainStack Queue(DrainStack stack, Sections.QueueSection? queue) => queue is null ? stack : stack with
    {
        MaxReceiveCount = Whole(queue.MaxReceiveCount ?? stack.MaxReceiveCount, "queue.maxReceiveCount", 1, 1000),
        QueueVisibilityTimeoutSeconds = queue.VisibilityTimeout is { } v ? Seconds(v, "queue.visibilityTimeout", 0, 43_200) : stack.QueueVisibilityTimeoutSeconds,
        QueueRetentionSeconds = queue.Retention is { } r ? Seconds(r, "queue.retention", 60, 1_209_600) : stack.QueueRetentionSeconds,
    };

    private static int Seconds(string text, string field, int min, int max)
    {
        var span = Durations.Parse(text, field);
        return span.TotalSeconds >= min && span.TotalSeconds <= max && span.TotalSeconds == Math.Floor(span.TotalSeconds)
            ? (int)span.TotalSeconds
            : throw ScenarioException.For(field, $"{field} must be whole seconds from {Durations.Format(TimeSpan.FromSeconds(min))} to {Durations.Format(TimeSpan.FromSeconds(max))}, got {text}.");
    }

    private static WorkloadModel Workload(ScenarioFile.WorkloadSection? w) => new()
    {
        DurationPerBatch = ScenarioDistributions.Parse(w?.SecondsPerBatch, "workload.secondsPerBatch", SecondsDistribution.Fixed(20)),
        DurationPerMessage = ScenarioDistributions.Parse(w?.SecondsPerMessage, "workload.secondsPerMessage", SecondsDistribution.Fixed(3)),
        FailureProbability = Probability(w?.FailureProbability, "workload.failureProbability"),
        PoisonBodyMarker = w?.PoisonMarker is { Length: > 0 } marker ? marker : w?.PoisonMarker is null ? "POISON" : throw ScenarioException.For("workload.poisonMarker", "workload.poisonMarker must not be empty."),
        HangProbability = Probability(w?.HangProbability, "workload.hangProbability"),
        StartFailureProbability = Probability(w?.StartFailureProbability, "workload.startFailureProbability"),
    };
}
