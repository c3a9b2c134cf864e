using System.Text.Json.Nodes;
using Orchestrator.Simulation.Services.Ecs;

namespace Orchestrator.Simulation.Baselines;

/// <summary>Billed task time per capacity kind: from a task's image pull start (when Fargate starts
/// billing) to its stop, or to the end of the run for a task still running then.</summary>
internal sealed class TaskHours
{
    private readonly Dictionary<string, (DateTimeOffset? From, DateTimeOffset? To, bool Spot)> _tasks = new(StringComparer.Ordinal);

    public TaskHours(SimulatedEcs ecs) => ecs.TaskStateChanged += Changed;

    /// <summary>Task-seconds until <paramref name="end"/>: on Spot capacity and on on-demand capacity.</summary>
    public (double Spot, double OnDemand) Seconds(DateTimeOffset end)
    {
        double spot = 0, onDemand = 0;
        foreach (var (from, to, isSpot) in _tasks.Values)
        {
            if (from is not { } start)
            {
                continue;
            }

            var seconds = Math.Max(0, ((to ?? end) - start).TotalSeconds);
            if (isSpot)
            {
                spot += seconds;
            }
            else
            {
                onDemand += seconds;
            }
        }

        return (spot, onDemand);
    }

    private void Changed(JsonObject task)
    {
        var arn = task["taskArn"]!.GetValue<string>();
        var spot = task["capacityProviderName"]?.GetValue<string>() is { } provider && provider.Contains("SPOT", StringComparison.OrdinalIgnoreCase);
        _tasks[arn] = (Time(task["pullStartedAt"]), task["lastStatus"]?.GetValue<string>() == "STOPPED" ? Time(task["stoppedAt"]) : null, spot);
    }

    private static DateTimeOffset? Time(JsonNode? node) =>
        Orchestrator.Core.Json.Number(node) is { } seconds ? DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000)) : null;
}
