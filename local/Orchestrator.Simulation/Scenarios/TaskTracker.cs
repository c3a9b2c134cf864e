using System.Text.Json.Nodes;
using Orchestrator.Simulation.Services.Ecs;

namespace Orchestrator.Simulation.Scenarios;

/// <summary>
/// Follows every ECS task through its state changes: how many ran at once at the peak, how many
/// ran on each capacity provider, and how they stopped.
/// </summary>
public sealed class TaskTracker
{
    private readonly HashSet<string> _live = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> _stopped = new(StringComparer.Ordinal);

    public TaskTracker(SimulatedEcs ecs) => ecs.TaskStateChanged += OnChanged;

    /// <summary>The most tasks not yet STOPPED at any one time.</summary>
    public int PeakConcurrent { get; private set; }

    /// <summary>Tasks that reached STOPPED, by ARN, as DescribeTasks shows them.</summary>
    public IReadOnlyCollection<JsonObject> Stopped => _stopped.Values;

    /// <summary>Stopped tasks per capacity provider (FARGATE, FARGATE_SPOT…).</summary>
    public IReadOnlyDictionary<string, int> ByCapacityProvider() => _stopped.Values
        .GroupBy(t => t["capacityProviderName"]?.GetValue<string>() ?? t["launchType"]?.GetValue<string>() ?? "unknown", StringComparer.Ordinal)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>Stopped tasks per stop code.</summary>
    public IReadOnlyDictionary<string, int> ByStopCode() => _stopped.Values
        .GroupBy(t => t["stopCode"]?.GetValue<string>() ?? "none", StringComparer.Ordinal)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private void OnChanged(JsonObject task)
    {
        var arn = task["taskArn"]!.GetValue<string>();
        if (task["lastStatus"]?.GetValue<string>() == "STOPPED")
        {
            _live.Remove(arn);
            _stopped[arn] = task;
            return;
        }

        _live.Add(arn);
        PeakConcurrent = Math.Max(PeakConcurrent, _live.Count);
    }
}
