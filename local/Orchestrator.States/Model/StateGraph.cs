namespace Orchestrator.States.Model;

/// <summary>A set of states with a start: the whole machine, one Parallel branch, or a Map's
/// item processor.</summary>
public sealed class StateGraph
{
    internal StateGraph(string startAt, IReadOnlyDictionary<string, State> states)
    {
        StartAt = startAt;
        States = states;
        Start = states[startAt];
    }

    /// <summary>The name of the first state.</summary>
    public string StartAt { get; }

    /// <summary>The states by name, in definition order.</summary>
    public IReadOnlyDictionary<string, State> States { get; }

    /// <summary>The first state.</summary>
    public State Start { get; }
}
