using System.Text.Json.Nodes;
using Orchestrator.States.Integrations;
using Orchestrator.States.Model;
using Orchestrator.States.Timing;
using Orchestrator.States.Variables;

namespace Orchestrator.States.Execution;

/// <summary>
/// One activation of one state: the pipeline every type shares (entered/exited events, paths,
/// data limit, Retry then Catch, cancellation). Each state type overrides <see cref="Execute"/>.
/// </summary>
internal abstract class StateRun
{
    private static readonly string[] EnteredTypes = [.. Enum.GetNames<StateType>().Select(n => n + "StateEntered")];
    private static readonly string[] ExitedTypes = [.. Enum.GetNames<StateType>().Select(n => n + "StateExited")];

    private int[]? _retries;
    private ScheduledEvent? _retryTimer;

    protected StateRun(BranchRun branch, State state, JsonNode? input)
    {
        Branch = branch;
        State = state;
        RawInput = input;
    }

    public BranchRun Branch { get; }

    public State State { get; }

    /// <summary>The state's input as it arrived (before InputPath); ResultPath applies to it.</summary>
    public JsonNode? RawInput { get; }

    public long EnteredEventId { get; private set; }

    public DateTimeOffset EnteredTime { get; private set; }

    /// <summary>Retries so far (<c>$$.State.RetryCount</c>).</summary>
    public int RetryCount { get; private set; }

    /// <summary>True once the state has exited, failed or been cancelled.</summary>
    protected bool IsDone { get; private set; }

    protected Execution Execution => Branch.Execution;

    protected Scheduler Scheduler => Branch.Execution.Engine.Scheduler;

    public static StateRun Create(BranchRun branch, State state, JsonNode? input) => state switch
    {
        PassState => new PassRun(branch, state, input),
        ChoiceState => new ChoiceRun(branch, state, input),
        WaitState => new WaitRun(branch, state, input),
        SucceedState => new SucceedRun(branch, state, input),
        FailState => new FailRun(branch, state, input),
        TaskState => new TaskRun(branch, state, input),
        ParallelState => new ParallelRun(branch, state, input),
        MapState => new MapRun(branch, state, input),

        // The parser refuses unknown types; a state that still gets here is an engine bug, never a Map.
        _ => throw new InvalidOperationException($"State '{state.Name}' has type {state.Type} ({state.GetType().Name}), which the engine cannot run."),
    };

    public void Enter()
    {
        Execution.StateTransitions++;
        EnteredTime = Scheduler.Now;
        Guard(this, static run =>
        {
            run.EnteredEventId = run.Record(new HistoryEvent { Type = EnteredTypes[(int)run.State.Type], Name = run.State.Name, Input = run.RawInput });
            run.Execute();
        });
    }

    /// <summary>Abandons the state (execution stopped, sibling failed). Records nothing.</summary>
    public virtual void Cancel(TaskCancellationReason reason)
    {
        IsDone = true;
        _retryTimer?.Cancel();
    }

    /// <summary>The state type's own work; ends with <see cref="Exit"/>, <see cref="CompleteWork"/>,
    /// a failure, or something scheduled that will lead to one of them.</summary>
    protected abstract void Execute();

    protected long Record(HistoryEvent draft) => Execution.Record(Branch, draft);

    protected JsonObject Context(string? taskToken = null) => ContextObject.Build(this, taskToken);

    protected JsonNode? ContextIfUsed() => State.UsesContext ? Context() : null;

    /// <summary>Runs engine work for this state, turning errors into the state's failure.</summary>
    protected void Guard(Action action) => Guard(action, static a => a());

    /// <summary>As <see cref="Guard(Action)"/> without a closure allocation on the hot path.</summary>
    protected void Guard<T>(T argument, Action<T> action)
    {
        if (IsDone || Execution.IsFinished)
        {
            return;
        }

        using var scope = VariableScope.Enter(Branch.Variables);
        try
        {
            action(argument);
        }
        catch (ExecutionEndedException)
        {
        }
        catch (StatesException e)
        {
            Fail(e.Error, e.Error == StatesErrorNames.Runtime ? ErrorCauses.InState(State.Name, EnteredEventId, e.Cause) : e.Cause);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Fail(StatesErrorNames.Runtime, ErrorCauses.InState(State.Name, EnteredEventId, e.Message));
        }
    }

    /// <summary>As <see cref="Guard"/>, for work arriving from outside the engine (scheduler
    /// events, integrations, task tokens): drains the ready queue afterwards.</summary>
    protected void Callback(Action action)
    {
        Guard(action);
        Execution.Engine.Drain();
    }

    /// <summary>Records the exit and moves on to <paramref name="next"/> (or ends the branch), storing
    /// the variables <paramref name="assigned"/> (evaluated earlier, so the state's own paths saw the old values).</summary>
    protected void Exit(JsonNode? output, State? next, JsonObject? assigned = null)
    {
        CheckSize(output);
        if (assigned is not null)
        {
            Branch.Variables.Assign(assigned);
        }

        Record(new HistoryEvent
        {
            Type = ExitedTypes[(int)State.Type], Name = State.Name,
            Output = output, HasOutput = true,
        });
        IsDone = true;
        if (next is not null)
        {
            Branch.Goto(next, output);
        }
        else
        {
            Branch.Succeed(output);
        }
    }

    /// <summary>States.DataLimitExceeded when <paramref name="payload"/> is over 262,144 bytes.</summary>
    protected void CheckSize(JsonNode? payload)
    {
        if (payload is not null && ReferenceEquals(payload, Execution.LastPayloadWithinLimit))
        {
            return;
        }

        if (PayloadSize.Exceeds(payload))
        {
            throw new StatesException(StatesErrorNames.DataLimitExceeded, ErrorCauses.DataLimit(State.Name));
        }

        Execution.LastPayloadWithinLimit = payload;
    }

    /// <summary>Task, Parallel, Map: ResultSelector → ResultPath → OutputPath, then exit.</summary>
    protected void CompleteWork(JsonNode? result)
    {
        var work = (WorkState)State;
        var context = ContextIfUsed();
        if (work.ResultSelector is not null)
        {
            result = work.ResultSelector.Apply(result, context, Execution.Intrinsics);
        }

        var assigned = EvaluateAssign(work.Assign, result, context);
        var output = work.OutputPath.Select(work.ResultPath.Apply(RawInput, result), context);
        Exit(output, State.NextState, assigned);
    }

    /// <summary>
    /// Evaluates an <c>Assign</c> against <paramref name="value"/> (<c>$</c>: the state's result, its
    /// effective input for Choice and Wait, the error output in a Catcher) and the variables as they
    /// were on entry; null when there is none.
    /// </summary>
    /// <exception cref="StatesException">States.DataLimitExceeded when the assigned values exceed
    /// 256 KiB (AWS: up to 256 KiB per state; the error name is derived from the payload quota).</exception>
    protected JsonObject? EvaluateAssign(Paths.PayloadTemplate? assign, JsonNode? value, JsonNode? context)
    {
        if (assign is null)
        {
            return null;
        }

        var assigned = (JsonObject)assign.Apply(value, context, Execution.Intrinsics)!;
        return PayloadSize.Exceeds(assigned)
            ? throw new StatesException(StatesErrorNames.DataLimitExceeded, ErrorCauses.AssignLimit(State.Name))
            : assigned;
    }

    /// <summary>The state failed with <paramref name="error"/>: retry if a retrier allows, else
    /// catch if a catcher matches, else fail the branch. Uncatchable errors skip both.</summary>
    protected void Fail(string error, string? cause) => Fail(error, cause, !StatesErrorNames.IsUncatchable(error));

    /// <summary>As <see cref="Fail(string, string?)"/>; <paramref name="catchable"/> false skips
    /// Retry and Catch (States.Runtime, or a payload over the quota between states).</summary>
    protected void Fail(string error, string? cause, bool catchable)
    {
        if (IsDone || Execution.IsFinished)
        {
            return;
        }

        try
        {
            if (catchable && State is WorkState work && (TryRetry(work, error) || TryCatch(work, error, cause)))
            {
                return;
            }

            IsDone = true;
            Branch.Fail(error, cause);
        }
        catch (ExecutionEndedException)
        {
        }
        catch (StatesException e)
        {
            IsDone = true;
            Branch.Fail(e.Error, e.Cause);
        }
    }

    /// <summary>Called again for each retry, after the retrier's delay.</summary>
    protected virtual void Retry() => Execute();

    private bool TryRetry(WorkState work, string error)
    {
        for (var i = 0; i < work.Retry.Count; i++)
        {
            var retrier = work.Retry[i];
            if (!retrier.Matches(error))
            {
                continue;
            }

            _retries ??= new int[work.Retry.Count];
            if (_retries[i] >= retrier.MaxAttempts)
            {
                return false;
            }

            var delay = retrier.DelaySeconds(_retries[i]);
            if (retrier.FullJitter)
            {
                delay *= Execution.Random.NextDouble();
            }

            _retries[i]++;
            RetryCount++;
            _retryTimer = Scheduler.Schedule(TimeSpan.FromSeconds(delay), () => Callback(() =>
            {
                Execution.StateTransitions++;
                Retry();
            }));
            return true;
        }

        return false;
    }

    private bool TryCatch(WorkState work, string error, string? cause)
    {
        foreach (var catcher in work.Catch)
        {
            if (!catcher.Matches(error))
            {
                continue;
            }

            // AWS: the catcher sees {"Error", "Cause"}; a failure without cause (States.Timeout) has no Cause.
            var errorOutput = new JsonObject { ["Error"] = error };
            if (cause is not null)
            {
                errorOutput["Cause"] = cause;
            }

            var assigned = EvaluateAssign(catcher.Assign, errorOutput, ContextIfUsed());
            Exit(catcher.ResultPath.Apply(RawInput, errorOutput), catcher.NextState, assigned);
            return true;
        }

        return false;
    }
}
