using System.Text.Json.Nodes;
using Orchestrator.States.Timing;

namespace Orchestrator.States.Integrations;

/// <summary>One call of a Task state to an integration, and the way back: the integration answers
/// through <see cref="Succeed"/>, <see cref="Fail"/>, <see cref="Submitted"/> and
/// <see cref="Heartbeat"/>. The first final answer wins; later ones are ignored.</summary>
public sealed class TaskInvocation
{
    private readonly ITaskListener _listener;

    internal TaskInvocation(ITaskListener listener, ResourceArn resource, JsonNode? parameters, string? taskToken,
        Scheduler scheduler, string stateName, string executionArn, JsonNode? context)
    {
        _listener = listener;
        Resource = resource;
        Parameters = parameters;
        TaskToken = taskToken;
        Scheduler = scheduler;
        StateName = stateName;
        ExecutionArn = executionArn;
        Context = context;
    }

    /// <summary>The Task's resource.</summary>
    public ResourceArn Resource { get; }

    /// <summary>The effective parameters (after InputPath and Parameters). Do not modify.</summary>
    public JsonNode? Parameters { get; }

    /// <summary>The task token (<c>$$.Task.Token</c>) for <c>.waitForTaskToken</c>, else null.</summary>
    public string? TaskToken { get; }

    /// <summary>The virtual clock, to answer after a latency.</summary>
    public Scheduler Scheduler { get; }

    /// <summary>The Task state's name.</summary>
    public string StateName { get; }

    /// <summary>The calling execution's ARN.</summary>
    public string ExecutionArn { get; }

    /// <summary>The context object <c>$$</c> at the call, when the engine built one; else null.</summary>
    public JsonNode? Context { get; }

    /// <summary>True once answered or cancelled.</summary>
    public bool IsFinished { get; private set; }

    /// <summary>True once the engine cancelled the call.</summary>
    public bool IsCancelled { get; private set; }

    /// <summary>The call succeeded with <paramref name="output"/> (for <c>.waitForTaskToken</c>: the
    /// request was made; the state keeps waiting for the token).</summary>
    public void Succeed(JsonNode? output)
    {
        if (!IsFinished)
        {
            IsFinished = true;
            _listener.OnSucceeded(this, output);
        }
    }

    /// <summary>The call failed with an error name (e.g. <c>Sqs.QueueDoesNotExistException</c>) and cause.</summary>
    public void Fail(string error, string? cause)
    {
        if (!IsFinished)
        {
            IsFinished = true;
            _listener.OnFailed(this, error, cause);
        }
    }

    /// <summary>A <c>.sync</c> job was started; recorded as TaskSubmitted with <paramref name="response"/>.</summary>
    public void Submitted(JsonNode? response)
    {
        if (!IsFinished)
        {
            _listener.OnSubmitted(this, response);
        }
    }

    /// <summary>Resets the HeartbeatSeconds timer.</summary>
    public void Heartbeat()
    {
        if (!IsFinished)
        {
            _listener.OnHeartbeat(this);
        }
    }

    internal void MarkCancelled()
    {
        IsFinished = true;
        IsCancelled = true;
    }
}
