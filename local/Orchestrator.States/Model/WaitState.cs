using System.Text.Json.Nodes;
using Orchestrator.States.Paths;

namespace Orchestrator.States.Model;

/// <summary>A Wait state: exactly one of Seconds, Timestamp, SecondsPath, TimestampPath.</summary>
public sealed class WaitState : State
{
    internal WaitState(string name, JsonObject source)
        : base(name, source)
    {
    }

    /// <inheritdoc/>
    public override StateType Type => StateType.Wait;

    /// <summary>Seconds, or null.</summary>
    public long? Seconds { get; internal init; }

    /// <summary>Timestamp, or null.</summary>
    public DateTimeOffset? Timestamp { get; internal init; }

    /// <summary>SecondsPath, or null.</summary>
    public JsonPathExpression? SecondsPath { get; internal init; }

    /// <summary>TimestampPath, or null.</summary>
    public JsonPathExpression? TimestampPath { get; internal init; }
}
