using System.Text.Json.Nodes;
using Orchestrator.States.Integrations;
using Orchestrator.States.Model;
using Orchestrator.States.Paths;
using Orchestrator.States.Timing;

namespace Orchestrator.States.Execution;

/// <summary>
/// Runs a Task state: InputPath → Parameters → the call (a mocked response, else the first
/// integration that accepts the resource) → ResultSelector → ResultPath → OutputPath, with
/// TimeoutSeconds and HeartbeatSeconds timers on the virtual clock and task tokens for
/// <c>.waitForTaskToken</c>. A direct Lambda ARN records LambdaFunction* events, as AWS does.
/// </summary>
internal sealed class TaskRun(BranchRun branch, State state, JsonNode? input) : StateRun(branch, state, input), ITaskListener
{
    private TaskInvocation? _invocation;
    private IServiceIntegration? _integration;
    private string? _token;
    private ScheduledEvent? _timeout;
    private ScheduledEvent? _heartbeat;
    private long? _heartbeatSeconds;
    private bool _mocked;

    private TaskState Task => (TaskState)State;

    private bool IsLambdaFunction => Task.Resource.Kind == ResourceKind.LambdaFunction;

    public override void Cancel(TaskCancellationReason reason)
    {
        base.Cancel(reason);
        StopWaiting(reason);
    }

    public void OnSucceeded(TaskInvocation invocation, JsonNode? output) => Callback(() =>
    {
        if (invocation != _invocation)
        {
            return;
        }

        if (Task.Resource.Pattern == IntegrationPattern.WaitForTaskToken)
        {
            Record(Event("TaskSubmitted", output: output, hasOutput: true));
            return;
        }

        Succeeded(output);
    });

    public void OnFailed(TaskInvocation invocation, string error, string? cause) => Callback(() =>
    {
        if (invocation == _invocation)
        {
            Failed(error, cause);
        }
    });

    public void OnSubmitted(TaskInvocation invocation, JsonNode? response) => Callback(() =>
    {
        if (invocation == _invocation)
        {
            Record(Event("TaskSubmitted", output: response, hasOutput: true));
        }
    });

    public void OnHeartbeat(TaskInvocation invocation) => Callback(() =>
    {
        if (invocation == _invocation)
        {
            ResetHeartbeat();
        }
    });

    internal void OnTokenSuccess(JsonNode? output) => Callback(() => Succeeded(output));

    internal void OnTokenFailure(string? error, string? cause) => Callback(() => Failed(error ?? string.Empty, cause));

    internal void OnTokenHeartbeat() => Callback(ResetHeartbeat);

    protected override void Execute()
    {
        var task = Task;
        var resource = task.Resource;
        _token = resource.Pattern == IntegrationPattern.WaitForTaskToken || task.UsesContext ? NewToken() : null;
        var context = task.UsesContext ? Context(_token) : null;
        var effective = task.InputPath.Select(RawInput, context);
        var parameters = task.Parameters is null ? effective : task.Parameters.Apply(effective, context, Execution.Intrinsics);

        // AWS: the state's input after Parameters processing is subject to the payload quota too.
        CheckSize(parameters);
        var timeout = Seconds(task.TimeoutSeconds, task.TimeoutSecondsPath, effective, context);
        _heartbeatSeconds = Seconds(task.HeartbeatSeconds, task.HeartbeatSecondsPath, effective, context);
        Record(IsLambdaFunction
            ? new HistoryEvent { Type = "LambdaFunctionScheduled", Resource = resource.Arn, Input = parameters, TimeoutInSeconds = timeout }
            : new HistoryEvent
            {
                Type = "TaskScheduled", ResourceType = resource.HistoryResourceType, Resource = resource.HistoryResource,
                Region = Execution.Options.Region, Parameters = parameters, TimeoutInSeconds = timeout, HeartbeatInSeconds = _heartbeatSeconds,
            });

        if (Execution.Options.MockedStates?.TryGetValue(State.Name, out var mock) == true)
        {
            _mocked = true;
            Record(Started());
            var invocation = Execution.NextMockInvocation(State.Name);
            switch (mock.For(invocation))
            {
                case null:
                    Failed(StatesErrorNames.TaskFailed,
                        $"The mocked response for state '{State.Name}' answers {mock.Count} invocation(s); this is invocation {invocation} (0-based).");
                    break;
                case { IsThrow: true } thrown:
                    Failed(thrown.Error!, thrown.Cause);
                    break;
                case { } returned:
                    Succeeded(returned.Return?.DeepClone());
                    break;
            }

            return;
        }

        _integration = Execution.Engine.FindIntegration(resource);
        Record(Started());
        if (timeout is { } seconds)
        {
            _timeout = Scheduler.Schedule(TimeSpan.FromSeconds(seconds), () => Callback(() => TimedOut(StatesErrorNames.Timeout, TaskCancellationReason.Timeout)));
        }

        ResetHeartbeat();
        if (_token is not null)
        {
            Execution.Engine.RegisterToken(_token, this);
        }

        if (_integration is null)
        {
            Unreachable(resource);
            return;
        }

        _invocation = new TaskInvocation(this, resource, parameters, resource.Pattern == IntegrationPattern.WaitForTaskToken ? _token : null,
            Scheduler, State.Name, Execution.Arn, context);
        try
        {
            _integration.Invoke(_invocation);
        }
        catch (StatesException e)
        {
            _invocation.Fail(e.Error, e.Cause);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // As a Lambda function's unhandled exception: the error is the exception type's name.
            _invocation.Fail(e.GetType().Name, e.Message);
        }
    }

    protected override void Retry()
    {
        StopWaiting(null);
        Execute();
    }

    /// <summary>No mock and no integration answers the resource.</summary>
    /// <remarks>An activity nobody polls waits, as on AWS, until its timeout. A Lambda function
    /// fails as AWS fails an unknown function (Lambda.ResourceNotFoundException, the Lambda
    /// Invoke API's error). Any other resource fails with States.TaskFailed, the name AWS gives
    /// a service call that failed without a more specific name; the cause says what is missing.</remarks>
    private void Unreachable(ResourceArn resource)
    {
        if (resource.Kind == ResourceKind.Activity)
        {
            return;
        }

        if (resource.Kind == ResourceKind.LambdaFunction || resource is { Service: "lambda", Action: "invoke" })
        {
            Failed("Lambda.ResourceNotFoundException",
                $"Function not found: {resource.Arn} (Service: AWSLambda; Status Code: 404; Error Code: ResourceNotFoundException; Request ID: 00000000-0000-0000-0000-000000000000; Proxy: null)");
            return;
        }

        Failed(StatesErrorNames.TaskFailed,
            $"No mocked response and no integration answers resource '{resource.Arn}' (state '{State.Name}'): add a mock or register an IServiceIntegration for it.");
    }

    private void Succeeded(JsonNode? output)
    {
        StopWaiting(null);
        output = output?.Parent is null ? output : output.DeepClone();
        if (!ReferenceEquals(output, Execution.LastPayloadWithinLimit) && PayloadSize.Exceeds(output))
        {
            // Recorded on AWS: a task result over the quota fails the task with a catchable
            // States.DataLimitExceeded naming the function ARN, or the service ('lambda' for lambda:invoke).
            var resource = Task.Resource;
            var name = resource.Kind is ResourceKind.LambdaFunction or ResourceKind.Activity ? resource.Arn : resource.HistoryResourceType;
            Failed(StatesErrorNames.DataLimitExceeded, ErrorCauses.DataLimit(name), catchable: true);
            return;
        }

        Record(Event(IsLambdaFunction ? "LambdaFunctionSucceeded" : "TaskSucceeded", output: output, hasOutput: true));
        CompleteWork(output);
    }

    private void Failed(string error, string? cause, bool catchable = false)
    {
        StopWaiting(null);
        Record(Event(IsLambdaFunction ? "LambdaFunctionFailed" : "TaskFailed", error: error, cause: cause));
        Fail(error, cause, catchable || !StatesErrorNames.IsUncatchable(error));
    }

    private void TimedOut(string error, TaskCancellationReason reason)
    {
        StopWaiting(reason);
        Record(Event(IsLambdaFunction ? "LambdaFunctionTimedOut" : "TaskTimedOut", error: error));
        Fail(error, null);
    }

    private void ResetHeartbeat()
    {
        _heartbeat?.Cancel();
        if (_heartbeatSeconds is { } seconds && !_mocked)
        {
            _heartbeat = Scheduler.Schedule(TimeSpan.FromSeconds(seconds),
                () => Callback(() => TimedOut(StatesErrorNames.HeartbeatTimeout, TaskCancellationReason.HeartbeatTimeout)));
        }
    }

    /// <summary>Stops timers, forgets the token and, when given a reason, tells the integration.</summary>
    private void StopWaiting(TaskCancellationReason? reason)
    {
        _timeout?.Cancel();
        _heartbeat?.Cancel();
        if (_token is not null)
        {
            Execution.Engine.UnregisterToken(_token);
        }

        var invocation = _invocation;
        _invocation = null;
        if (reason is { } why && invocation is not null && !invocation.IsCancelled)
        {
            invocation.MarkCancelled();
            _integration?.Cancel(invocation, why);
        }
    }

    /// <summary>A Task* event with the resource fields AWS puts on them (LambdaFunction* events have none).</summary>
    private HistoryEvent Event(string type, JsonNode? output = null, bool hasOutput = false, string? error = null, string? cause = null)
    {
        var e = new HistoryEvent { Type = type, Output = output, HasOutput = hasOutput, Error = error, Cause = cause };
        if (!type.StartsWith("Lambda", StringComparison.Ordinal))
        {
            e.ResourceType = Task.Resource.HistoryResourceType;
            e.Resource = Task.Resource.HistoryResource;
        }

        return e;
    }

    private HistoryEvent Started() => IsLambdaFunction
        ? new HistoryEvent { Type = "LambdaFunctionStarted" }
        : Event("TaskStarted");

    private static long? Seconds(int? literal, JsonPathExpression? path, JsonNode? effective, JsonNode? context)
    {
        if (literal is { } value)
        {
            return value;
        }

        if (path is null)
        {
            return null;
        }

        var node = path.SelectOrFail(effective, context);
        return JsonScalars.TryGetInteger(node, out var seconds) && seconds > 0
            ? seconds
            : throw new StatesException(StatesErrorNames.Runtime, $"The value at '{path.Text}' must be a positive integer number of seconds, not {node?.ToJsonString() ?? "null"}.");
    }

    private string NewToken()
    {
        Span<byte> bytes = stackalloc byte[48];
        for (var i = 0; i < bytes.Length; i += 8)
        {
            BitConverter.TryWriteBytes(bytes[i..], Execution.Random.NextUInt64());
        }

        return Convert.ToBase64String(bytes);
    }
}
