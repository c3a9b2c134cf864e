using System.Text.Json.Nodes;
using Orchestrator.States.Model;
using Orchestrator.States.Timing;

namespace Orchestrator.States.Execution;

/// <summary>Runs a Wait state on the virtual clock: until Seconds from entry, or a Timestamp
/// (a time already past means no wait). InputPath and OutputPath only.</summary>
internal sealed class WaitRun(BranchRun branch, State state, JsonNode? input) : StateRun(branch, state, input)
{
    private ScheduledEvent? _timer;

    public override void Cancel(Integrations.TaskCancellationReason reason)
    {
        base.Cancel(reason);
        _timer?.Cancel();
    }

    protected override void Execute()
    {
        var wait = (WaitState)State;
        var context = ContextIfUsed();
        var effective = wait.InputPath.Select(RawInput, context);
        var until = Due(wait, effective, context);
        var assigned = EvaluateAssign(wait.Assign, effective, context);
        var output = wait.OutputPath.Select(effective, context);
        if (until <= Scheduler.Now)
        {
            Exit(output, wait.NextState, assigned);
            return;
        }

        _timer = Scheduler.ScheduleAt(until, () => Callback(() => Exit(output, wait.NextState, assigned)));
    }

    /// <summary>AWS (Wait state docs): "if you specify the wait time as a timestamp, Step
    /// Functions considers the time value up to seconds and truncates milliseconds".</summary>
    private static DateTimeOffset WholeSeconds(DateTimeOffset time) =>
        new(time.Ticks - (time.Ticks % TimeSpan.TicksPerSecond), time.Offset);

    private DateTimeOffset Due(WaitState wait, JsonNode? effective, JsonNode? context)
    {
        if (wait.Seconds is { } seconds)
        {
            return Scheduler.Now.AddSeconds(seconds);
        }

        if (wait.Timestamp is { } timestamp)
        {
            return WholeSeconds(timestamp);
        }

        var path = wait.SecondsPath ?? wait.TimestampPath!;
        var found = path.TryEvaluate(effective, context, out var value);
        if (wait.SecondsPath is not null)
        {
            // AWS requires a non-negative integer number of seconds; causes as recorded.
            if (!found)
            {
                throw Runtime(ErrorCauses.WaitSecondsPathMissing(path.Text));
            }

            if (!JsonScalars.TryGetInteger(value, out var s))
            {
                throw Runtime(ErrorCauses.WaitSecondsPathNotLong(path.Text, value));
            }

            return s >= 0 ? Scheduler.Now.AddSeconds(s) : throw Runtime(ErrorCauses.WaitSecondsPathNegative(path.Text, value));
        }

        if (!found)
        {
            throw Runtime(Paths.PathErrors.InvalidPath(path, path.Root(effective, context)));
        }

        return JsonScalars.TryGetTimestamp(value, out var at)
            ? WholeSeconds(at)
            : throw Runtime(ErrorCauses.WaitTimestampPathInvalid(path.Text, value));
    }

    private static StatesException Runtime(string cause) => new(StatesErrorNames.Runtime, cause);
}
