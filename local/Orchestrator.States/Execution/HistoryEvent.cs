using System.Globalization;
using System.Text.Json.Nodes;

namespace Orchestrator.States.Execution;

/// <summary>
/// One execution history event as Step Functions records it (GetExecutionHistory): an id
/// counted from 1, the id of the event that led to it, a (virtual) timestamp, a type from the
/// HistoryEventType enum of the API model, and the details that type carries.
/// </summary>
/// <remarks>The engine fills in Id, PreviousEventId and Timestamp when it records the event.
/// Input and output are held as JSON nodes (never modified once recorded) and written
/// out as strings, as AWS does, only when <see cref="ToJson"/> is called.</remarks>
public sealed record HistoryEvent
{
    /// <summary>The event id, from 1.</summary>
    public long Id { get; internal set; }

    /// <summary>The id of the previous event in the same branch (0 for the first).</summary>
    public long PreviousEventId { get; internal set; }

    /// <summary>When it happened, on the virtual clock.</summary>
    public DateTimeOffset Timestamp { get; internal set; }

    /// <summary>The HistoryEventType name, e.g. <c>TaskStateEntered</c>.</summary>
    public required string Type { get; init; }

    /// <summary>The state name (state entered/exited events; the Map's name for iteration events).</summary>
    public string? Name { get; init; }

    /// <summary>The input (ExecutionStarted, *StateEntered, LambdaFunctionScheduled).</summary>
    public JsonNode? Input { get; init; }

    /// <summary>The output (ExecutionSucceeded, *StateExited, TaskSucceeded, TaskSubmitted…).</summary>
    public JsonNode? Output { get; init; }

    /// <summary>True when <see cref="Output"/> is meaningful (it may be JSON null).</summary>
    public bool HasOutput { get; init; }

    /// <summary>The error name of failure events.</summary>
    public string? Error { get; init; }

    /// <summary>The cause of failure events.</summary>
    public string? Cause { get; init; }

    /// <summary>Task events: the resource type, e.g. <c>ecs</c> or <c>aws-sdk:sqs</c>.</summary>
    public string? ResourceType { get; init; }

    /// <summary>Task events: the resource, e.g. <c>runTask.sync</c>.</summary>
    public string? Resource { get; init; }

    /// <summary>TaskScheduled: the region.</summary>
    public string? Region { get; init; }

    /// <summary>TaskScheduled: the effective parameters.</summary>
    public JsonNode? Parameters { get; init; }

    /// <summary>TaskScheduled / LambdaFunctionScheduled: TimeoutSeconds, if any.</summary>
    public long? TimeoutInSeconds { get; init; }

    /// <summary>TaskScheduled: HeartbeatSeconds, if any.</summary>
    public long? HeartbeatInSeconds { get; init; }

    /// <summary>Map iteration events: the item index.</summary>
    public int? Index { get; init; }

    /// <summary>MapStateStarted: the number of items.</summary>
    public int? Length { get; init; }

    /// <summary>ExecutionStarted: the role ARN.</summary>
    public string? RoleArn { get; init; }

    /// <summary>The event as GetExecutionHistory returns it (camelCase, details under
    /// <c>&lt;kind&gt;EventDetails</c>, inputs and outputs as JSON strings).</summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["timestamp"] = Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["type"] = Type,
            ["id"] = Id,
            ["previousEventId"] = PreviousEventId,
        };
        if (HistoryEventDetails.KeyFor(Type) is { } key)
        {
            json[key] = HistoryEventDetails.Build(this);
        }

        return json;
    }
}
