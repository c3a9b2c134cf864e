using System.Globalization;
using System.Text.Json.Nodes;

namespace Orchestrator.States.Execution;

/// <summary>
/// One execution history event as Step Functions records it (GetExecutionHistory): an id
/// counted from 1, the id of the event that led to it, a (virtual) timestamp, a type from the
/// HistoryEventType enum of the API model, and the details that type carries.
/// </summary>
/// <remarks>Read-only outside the engine. Input and output are held as JSON nodes (never
/// modified once recorded) and written out as strings, as AWS does, only when
/// <see cref="ToJson"/> is called. The fields only some event types carry live in a separate
/// object allocated only for those events, so the two events of every state transition stay small.</remarks>
public sealed class HistoryEvent
{
    private Extra? _extra;

    /// <summary>The event id, from 1.</summary>
    public long Id { get; internal set; }

    /// <summary>The id of the previous event in the same branch (0 for the first).</summary>
    public long PreviousEventId { get; internal set; }

    /// <summary>When it happened, on the virtual clock.</summary>
    public DateTimeOffset Timestamp { get; internal set; }

    /// <summary>The HistoryEventType name, e.g. <c>TaskStateEntered</c>.</summary>
    public required string Type { get; init; }

    /// <summary>The state name (state entered/exited events; the Map's name for iteration events).</summary>
    public string? Name { get; internal set; }

    /// <summary>The input (ExecutionStarted, *StateEntered, LambdaFunctionScheduled).</summary>
    public JsonNode? Input { get; internal set; }

    /// <summary>The output (ExecutionSucceeded, *StateExited, TaskSucceeded, TaskSubmitted…).</summary>
    public JsonNode? Output { get; internal set; }

    /// <summary>True when <see cref="Output"/> is meaningful (it may be JSON null).</summary>
    public bool HasOutput { get; internal set; }

    /// <summary>The error name of failure events.</summary>
    public string? Error { get => _extra?.Error; internal set => SetExtra(static (x, v) => x.Error = v, value); }

    /// <summary>The cause of failure events.</summary>
    public string? Cause { get => _extra?.Cause; internal set => SetExtra(static (x, v) => x.Cause = v, value); }

    /// <summary>Task events: the resource type, e.g. <c>ecs</c> or <c>aws-sdk:sqs</c>.</summary>
    public string? ResourceType { get => _extra?.ResourceType; internal set => SetExtra(static (x, v) => x.ResourceType = v, value); }

    /// <summary>Task events: the resource, e.g. <c>runTask.sync</c>.</summary>
    public string? Resource { get => _extra?.Resource; internal set => SetExtra(static (x, v) => x.Resource = v, value); }

    /// <summary>TaskScheduled: the region.</summary>
    public string? Region { get => _extra?.Region; internal set => SetExtra(static (x, v) => x.Region = v, value); }

    /// <summary>TaskScheduled: the effective parameters.</summary>
    public JsonNode? Parameters { get => _extra?.Parameters; internal set => SetExtra(static (x, v) => x.Parameters = v, value); }

    /// <summary>TaskScheduled / LambdaFunctionScheduled: TimeoutSeconds, if any.</summary>
    public long? TimeoutInSeconds { get => _extra?.TimeoutInSeconds; internal set => SetExtra(static (x, v) => x.TimeoutInSeconds = v, value); }

    /// <summary>TaskScheduled: HeartbeatSeconds, if any.</summary>
    public long? HeartbeatInSeconds { get => _extra?.HeartbeatInSeconds; internal set => SetExtra(static (x, v) => x.HeartbeatInSeconds = v, value); }

    /// <summary>Map iteration events: the item index.</summary>
    public int? Index { get => _extra?.Index; internal set => SetExtra(static (x, v) => x.Index = v, value); }

    /// <summary>MapStateStarted: the number of items.</summary>
    public int? Length { get => _extra?.Length; internal set => SetExtra(static (x, v) => x.Length = v, value); }

    /// <summary>ExecutionStarted: the role ARN.</summary>
    public string? RoleArn { get => _extra?.RoleArn; internal set => SetExtra(static (x, v) => x.RoleArn = v, value); }

    /// <summary>Stores a rare field, allocating the extra object only for a non-null value.</summary>
    private void SetExtra<T>(Action<Extra, T> set, T value)
    {
        if (value is not null || _extra is not null)
        {
            set(_extra ??= new Extra(), value);
        }
    }

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

    /// <inheritdoc/>
    public override string ToString() => ToJson().ToJsonString();

    private sealed class Extra
    {
        public string? Error { get; set; }

        public string? Cause { get; set; }

        public string? ResourceType { get; set; }

        public string? Resource { get; set; }

        public string? Region { get; set; }

        public JsonNode? Parameters { get; set; }

        public long? TimeoutInSeconds { get; set; }

        public long? HeartbeatInSeconds { get; set; }

        public int? Index { get; set; }

        public int? Length { get; set; }

        public string? RoleArn { get; set; }
    }
}
