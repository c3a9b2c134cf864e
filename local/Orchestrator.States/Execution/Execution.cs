using System.Text.Json.Nodes;
using Orchestrator.States.Intrinsics;
using Orchestrator.States.Model;
using Orchestrator.States.Timing;

namespace Orchestrator.States.Execution;

/// <summary>
/// One running (or finished) execution of a state machine on a <see cref="StepFunctionsEngine"/>:
/// its status, output or error, and its history, all live. Raises <see cref="Completed"/> once
/// when it finishes.
/// </summary>
public sealed class Execution
{
    /// <summary>AWS: a Standard execution's history holds at most 25,000 events; the execution
    /// fails when its next event would pass that.</summary>
    public const int MaxHistoryEvents = 25_000;

    private readonly List<HistoryEvent> _history = [];
    private readonly Dictionary<string, int> _mockInvocations = new(StringComparer.Ordinal);
    private ScheduledEvent? _timeout;
    private int? _released;

    internal Execution(StepFunctionsEngine engine, StateMachine machine, JsonNode? input, ExecutionOptions options, SeededRandom random)
    {
        Engine = engine;
        Machine = machine;
        Input = input;
        Options = options;
        Random = random;
        Intrinsics = new IntrinsicContext(random);
        StartDate = engine.Scheduler.Now;
        StateMachineArn = $"arn:aws:states:{options.Region}:{options.Account}:stateMachine:{options.StateMachineName}";
        Arn = $"arn:aws:states:{options.Region}:{options.Account}:execution:{options.StateMachineName}:{options.Name}";
        RoleArn = options.RoleArn ?? $"arn:aws:iam::{options.Account}:role/service-role/StepFunctions-{options.StateMachineName}-role";
        Root = new BranchRun(this, machine.Graph, owner: null, index: 0);
    }

    /// <summary>Raised once, when the execution reaches a final status.</summary>
    public event EventHandler? Completed;

    /// <summary>The execution ARN.</summary>
    public string Arn { get; }

    /// <summary>The execution name.</summary>
    public string Name => Options.Name!;

    /// <summary>The state machine ARN.</summary>
    public string StateMachineArn { get; }

    /// <summary>The role ARN (<c>$$.Execution.RoleArn</c>).</summary>
    public string RoleArn { get; }

    /// <summary>The state machine being run.</summary>
    public StateMachine Machine { get; }

    /// <summary>The execution input.</summary>
    public JsonNode? Input { get; }

    /// <summary>The current status.</summary>
    public ExecutionStatus Status { get; private set; }

    /// <summary>The output, once SUCCEEDED.</summary>
    public JsonNode? Output { get; private set; }

    /// <summary>The error, once FAILED, TIMED_OUT or ABORTED (may be null for the latter two).</summary>
    public string? Error { get; private set; }

    /// <summary>The cause, when there is one.</summary>
    public string? Cause { get; private set; }

    /// <summary>When it started (virtual time).</summary>
    public DateTimeOffset StartDate { get; }

    /// <summary>When it stopped, or null while running.</summary>
    public DateTimeOffset? StopDate { get; private set; }

    /// <summary>The history so far (empty once released, see <see cref="StepFunctionsEngine.Keep"/>).</summary>
    public IReadOnlyList<HistoryEvent> History => _history;

    /// <summary>Events in the history, also after it was released.</summary>
    public int HistoryEventCount
    {
        get => _released ?? _history.Count;
        private set => _released = value;
    }

    /// <summary>State transitions so far (states entered, retries included): what AWS bills Standard workflows for.</summary>
    public long StateTransitions { get; internal set; }

    /// <summary>True once the status is final.</summary>
    public bool IsFinished => Status != ExecutionStatus.Running;

    internal StepFunctionsEngine Engine { get; }

    internal ExecutionOptions Options { get; }

    internal SeededRandom Random { get; }

    internal IntrinsicContext Intrinsics { get; }

    internal BranchRun Root { get; }

    internal long LastEventId => _history.Count;

    /// <summary>The last payload found within the size limit. Payloads are never modified once
    /// produced, so a Pass or Choice handing the same node on needs no second check.</summary>
    internal JsonNode? LastPayloadWithinLimit { get; set; }

    /// <summary>Stops the execution: status ABORTED, running tasks are cancelled (their
    /// integrations are told), the history ends with ExecutionAborted. Does nothing once finished.</summary>
    public void Stop(string? error = null, string? cause = null)
    {
        if (IsFinished)
        {
            return;
        }

        Finish(ExecutionStatus.Aborted, "ExecutionAborted", null, error, cause, hasOutput: false);
        Engine.Drain();
    }

    internal int NextMockInvocation(string state)
    {
        _mockInvocations.TryGetValue(state, out var count);
        _mockInvocations[state] = count + 1;
        return count;
    }

    internal void Begin()
    {
        Append(new HistoryEvent
        {
            Id = 1, PreviousEventId = 0, Timestamp = StartDate, Type = "ExecutionStarted", Input = Input, RoleArn = RoleArn,
        });
        Root.LastEventId = 1;
        if (Machine.TimeoutSeconds is { } seconds)
        {
            _timeout = Engine.Scheduler.Schedule(TimeSpan.FromSeconds(seconds), OnTimeout);
        }

        Root.Goto(Machine.Graph.Start, Input);
    }

    /// <summary>Appends an event to <paramref name="branch"/>'s chain; fails the execution instead
    /// when this event would reach the history limit.</summary>
    internal long Record(BranchRun branch, HistoryEvent draft)
    {
        if (IsFinished)
        {
            throw new ExecutionEndedException();
        }

        if (_history.Count >= MaxHistoryEvents - 1)
        {
            Fail(StatesErrorNames.Runtime, ErrorCauses.HistoryLimit);
            throw new ExecutionEndedException();
        }

        var id = _history.Count + 1;
        draft.Id = id;
        draft.PreviousEventId = branch.LastEventId;
        draft.Timestamp = Engine.Scheduler.Now;
        Append(draft);
        branch.LastEventId = id;
        return id;
    }

    internal void Succeed(JsonNode? output)
    {
        Output = output;
        Finish(ExecutionStatus.Succeeded, "ExecutionSucceeded", output, null, null, hasOutput: true);
    }

    /// <summary>Fails the execution; an empty error (a Fail state without Error) is recorded as none, as AWS does.</summary>
    internal void Fail(string error, string? cause) =>
        Finish(ExecutionStatus.Failed, "ExecutionFailed", null, error.Length == 0 ? null : error, cause, hasOutput: false);

    private void OnTimeout()
    {
        if (!IsFinished)
        {
            Finish(ExecutionStatus.TimedOut, "ExecutionTimedOut", null, StatesErrorNames.Timeout, null, hasOutput: false);
            Engine.Drain();
        }
    }

    private void Finish(ExecutionStatus status, string eventType, JsonNode? output, string? error, string? cause, bool hasOutput)
    {
        Status = status;
        Error = error;
        Cause = cause;
        StopDate = Engine.Scheduler.Now;
        _timeout?.Cancel();
        Root.Stop(Integrations.TaskCancellationReason.ExecutionStopped);
        Append(new HistoryEvent
        {
            Id = _history.Count + 1, PreviousEventId = Root.LastEventId, Timestamp = Engine.Scheduler.Now, Type = eventType,
            Output = output, HasOutput = hasOutput, Error = error, Cause = cause,
        });
        Engine.OnFinished(this);
        Completed?.Invoke(this, EventArgs.Empty);
        Engine.AfterCompleted(this);
    }

    /// <summary>Drops the history of a finished execution the engine does not keep (<see cref="StepFunctionsEngine.Keep"/>);
    /// <see cref="HistoryEventCount"/> still tells how long it was.</summary>
    internal void ReleaseHistory()
    {
        HistoryEventCount = _history.Count;
        _history.Clear();
        _history.TrimExcess();
    }

    private void Append(HistoryEvent e) => _history.Add(e);
}
