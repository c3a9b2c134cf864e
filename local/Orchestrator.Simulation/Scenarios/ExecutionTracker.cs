using Orchestrator.Simulation.Services.StepFunctions;
using Orchestrator.States.Execution;

namespace Orchestrator.Simulation.Scenarios;

/// <summary>
/// Counts the executions of a run as they finish: by state machine and outcome, their state
/// transitions, and the first <see cref="KeptFailures"/> failures with error and cause; nothing else is
/// kept per execution.
/// </summary>
/// <remarks>A drain that succeeds is counted by the <c>Status</c> of its output (drained, handed-over,
/// ignored…), so the summary tells a drain that found nothing from one that drained.</remarks>
public sealed class ExecutionTracker
{
    /// <summary>Failures kept with their error and cause (the rest are counted).</summary>
    public const int KeptFailures = 20;

    private readonly SortedDictionary<string, int> _byOutcome = new(StringComparer.Ordinal);
    private readonly List<FailedExecution> _failures = [];

    public ExecutionTracker(SimulatedStepFunctions stepFunctions) => stepFunctions.ExecutionFinished += Add;

    /// <summary>A tracker of <paramref name="finished"/>, counted after the run (small runs that kept their executions).</summary>
    public ExecutionTracker(IEnumerable<Execution> finished)
    {
        foreach (var e in finished.Where(e => e.IsFinished))
        {
            Add(e);
        }
    }

    /// <summary>Finished executions per "state machine outcome" (e.g. <c>queue-drain drained</c>).</summary>
    public IReadOnlyDictionary<string, int> ByOutcome => _byOutcome;

    /// <summary>State transitions of the finished executions.</summary>
    public long StateTransitions { get; private set; }

    /// <summary>Executions that ended FAILED, TIMED_OUT or ABORTED.</summary>
    public int FailedCount { get; private set; }

    /// <summary>The first failures, in the order they happened.</summary>
    public IReadOnlyList<FailedExecution> Failures => _failures;

    /// <summary>Finished executions of <paramref name="stateMachine"/>, whatever their outcome.</summary>
    public int Finished(string stateMachine) =>
        _byOutcome.Where(p => p.Key.StartsWith(stateMachine + " ", StringComparison.Ordinal)).Sum(p => p.Value);

    private void Add(Execution e)
    {
        var machine = Machine(e.StateMachineArn);
        var outcome = e.Status == ExecutionStatus.Succeeded
            ? (e.Output as System.Text.Json.Nodes.JsonObject)?["Status"]?.GetValue<string>() ?? "succeeded"
            : e.Status.ToAwsName().ToLowerInvariant();
        var key = $"{machine} {outcome}";
        _byOutcome[key] = _byOutcome.GetValueOrDefault(key) + 1;
        StateTransitions += e.StateTransitions;
        if (e.Status is ExecutionStatus.Failed or ExecutionStatus.TimedOut or ExecutionStatus.Aborted)
        {
            FailedCount++;
            if (_failures.Count < KeptFailures)
            {
                _failures.Add(new FailedExecution(machine, e.Name, e.Status.ToAwsName(), e.StopDate ?? e.StartDate, e.Error, Shorten(e.Cause)));
            }
        }
    }

    internal static string Machine(string stateMachineArn) => stateMachineArn[(stateMachineArn.LastIndexOf(':') + 1)..];

    private static string? Shorten(string? cause) => cause is null ? null : cause.Length > 300 ? cause[..300] + "…" : cause;
}
