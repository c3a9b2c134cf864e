using System.Text.Json.Nodes;
using Orchestrator.Simulation.Services.Ecs;

namespace Orchestrator.Simulation.Scenarios;

/// <summary>
/// Follows every ECS task through its state changes and counts as it goes (nothing is kept per
/// stopped task, so memory follows the tasks running, not the run's length): how many ran at once at
/// the peak, how many ran on each capacity provider, how they ended, and their billable seconds.
/// </summary>
/// <remarks>
/// Outcomes from the stop code (ecs.json TaskStopCode) and exit codes: EssentialContainerExited with
/// every exit code 0 is a success, with another a failure; UserInitiated is Step Functions stopping
/// the task (its state's TimeoutSeconds, or the execution stopped); SpotInterruption a Spot reclaim
/// (Fargate Spot, or the EC2 host's two-minute warning); TerminationNotice a host terminated other
/// than by a Spot reclaim (a scale-in that killed a busy instance); TaskFailedToStart its own.
/// </remarks>
public sealed class TaskTracker
{
    private readonly HashSet<string> _live = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _byProvider = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, double> _secondsByProvider = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _byStopCode = new(StringComparer.Ordinal);
    private readonly List<JsonObject>? _stopped;

    /// <param name="keepStopped">Keep every stopped task's JSON in <see cref="Stopped"/> (tests); false for long runs.</param>
    public TaskTracker(SimulatedEcs ecs, bool keepStopped = true)
    {
        ecs.TaskStateChanged += OnChanged;
        _stopped = keepStopped ? [] : null;
    }

    /// <summary>Stopped tasks as DescribeTasks shows them (empty unless kept).</summary>
    public IReadOnlyList<JsonObject> Stopped => _stopped ?? [];

    /// <summary>Stopped tasks per stop code.</summary>
    public IReadOnlyDictionary<string, int> ByStopCode() => _byStopCode;

    /// <summary>The most tasks not yet STOPPED at any one time.</summary>
    public int PeakConcurrent { get; private set; }

    /// <summary>Tasks not yet STOPPED now.</summary>
    public int Running => _live.Count;

    /// <summary>Tasks ever seen (RunTask answered with them).</summary>
    public int Started { get; private set; }

    public int Succeeded { get; private set; }
    public int Failed { get; private set; }
    public int StoppedByStepFunctions { get; private set; }
    public int SpotInterrupted { get; private set; }
    public int FailedToStart { get; private set; }
    public int StoppedByScaleIn { get; private set; }

    /// <summary>Stopped tasks per capacity provider (FARGATE, FARGATE_SPOT, an Auto Scaling group provider) or launch type.</summary>
    public IReadOnlyDictionary<string, int> ByCapacityProvider() => _byProvider;

    /// <summary>Seconds from image pull (or start) to stop of the stopped tasks, per capacity provider: what Fargate bills.</summary>
    public IReadOnlyDictionary<string, double> SecondsByCapacityProvider => _secondsByProvider;

    private void OnChanged(JsonObject task)
    {
        var arn = task["taskArn"]!.GetValue<string>();
        if (task["lastStatus"]?.GetValue<string>() != "STOPPED")
        {
            if (_live.Add(arn))
            {
                Started++;
                PeakConcurrent = Math.Max(PeakConcurrent, _live.Count);
            }

            return;
        }

        if (!_live.Remove(arn))
        {
            Started++;
        }

        var provider = task["capacityProviderName"]?.GetValue<string>() ?? task["launchType"]?.GetValue<string>() ?? "unknown";
        _byProvider[provider] = _byProvider.GetValueOrDefault(provider) + 1;
        var start = Seconds(task["pullStartedAt"]) ?? Seconds(task["startedAt"]) ?? Seconds(task["createdAt"]) ?? 0;
        var stop = Seconds(task["stoppedAt"]) ?? start;
        _secondsByProvider[provider] = _secondsByProvider.GetValueOrDefault(provider) + Math.Max(0, stop - start);
        var code = task["stopCode"]?.GetValue<string>() ?? "none";
        _byStopCode[code] = _byStopCode.GetValueOrDefault(code) + 1;
        _stopped?.Add(task);
        Count(task);
    }

    private void Count(JsonObject task)
    {
        switch (task["stopCode"]?.GetValue<string>())
        {
            case StopCodes.EssentialContainerExited:
                var clean = (task["containers"] as JsonArray ?? []).All(c => Orchestrator.Core.Json.Number(c?["exitCode"]) is null or 0);
                if (clean)
                {
                    Succeeded++;
                }
                else
                {
                    Failed++;
                }

                break;
            case StopCodes.UserInitiated:
                StoppedByStepFunctions++;
                break;
            case StopCodes.SpotInterruption:
                SpotInterrupted++;
                break;
            case StopCodes.TerminationNotice:
                StoppedByScaleIn++;
                break;
            case StopCodes.TaskFailedToStart:
                FailedToStart++;
                break;
            default:
                Failed++;
                break;
        }
    }

    private static double? Seconds(JsonNode? node) => Orchestrator.Core.Json.Number(node);
}
