using System.Text.Json.Nodes;
using Orchestrator.Simulation.Services.Ecs;

namespace Orchestrator.Simulation.Workflows;

/// <summary>
/// The most ECS tasks of one task family that were PROVISIONING, PENDING, ACTIVATING or RUNNING at
/// one simulated instant: what MaxConcurrentTasks bounds (issue 15 point 3). A task that was asked
/// to stop still counts until its containers are down (lastStatus DEACTIVATING, STOPPING,
/// DEPROVISIONING or STOPPED), since it still holds its capacity until then.
/// </summary>
public sealed class FamilyTaskPeak
{
    private static readonly HashSet<string> Active = new(StringComparer.Ordinal) { "PROVISIONING", "PENDING", "ACTIVATING", "RUNNING" };
    private readonly string _family;
    private readonly HashSet<string> _active = new(StringComparer.Ordinal);
    private readonly Func<DateTimeOffset> _now;

    /// <summary>Starts counting the tasks of <paramref name="family"/> (the task definition's family).</summary>
    public FamilyTaskPeak(SimulatedEcs ecs, string family, Func<DateTimeOffset> now)
    {
        _family = family;
        _now = now;
        ecs.TaskStateChanged += OnChanged;
    }

    /// <summary>The highest count so far.</summary>
    public int Peak { get; private set; }

    /// <summary>When <see cref="Peak"/> was first reached.</summary>
    public DateTimeOffset? PeakAt { get; private set; }

    /// <summary>The count now.</summary>
    public int Current => _active.Count;

    private void OnChanged(JsonObject task)
    {
        var definition = task["taskDefinitionArn"]?.GetValue<string>() ?? string.Empty;
        if (!string.Equals(definition[(definition.LastIndexOf('/') + 1)..].Split(':')[0], _family, StringComparison.Ordinal))
        {
            return;
        }

        var arn = task["taskArn"]!.GetValue<string>();
        if (Active.Contains(task["lastStatus"]?.GetValue<string>() ?? string.Empty))
        {
            _active.Add(arn);
        }
        else
        {
            _active.Remove(arn);
        }

        if (_active.Count > Peak)
        {
            Peak = _active.Count;
            PeakAt = _now();
        }
    }
}
