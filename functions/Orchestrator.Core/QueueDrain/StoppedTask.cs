using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orchestrator.Core.QueueDrain;

/// <summary>
/// The parts of an ECS task that decide a batch's outcome. Read from the ecs:runTask.sync output
/// (PascalCase) or from the Task JSON that Step Functions puts in a States.TaskFailed cause; member
/// names are matched without regard to case, so the camelCase of the ECS API also reads.
/// </summary>
public sealed record StoppedTask(string? StopCode, string? StoppedReason, IReadOnlyList<int?> ExitCodes, double RunSeconds, string? CapacityProvider)
{
    public static StoppedTask Parse(JsonObject task)
    {
        var exits = (Member(task, "Containers") as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(c => Json.Number(Member(c, "ExitCode")) is { } code ? (int)code : (int?)null)
            .ToList();
        var start = Time(Member(task, "PullStartedAt")) ?? Time(Member(task, "StartedAt")) ?? Time(Member(task, "CreatedAt"));
        var stop = Time(Member(task, "StoppedAt")) ?? Time(Member(task, "StoppingAt"));
        var seconds = start is { } a && stop is { } b && b > a ? b - a : 0;
        return new StoppedTask(Text(task, "StopCode"), Text(task, "StoppedReason"), exits, seconds, Text(task, "CapacityProviderName"));
    }

    /// <summary>True when every container that reported an exit code exited 0, and at least one did.</summary>
    public bool ExitedCleanly => ExitCodes.Any(c => c is not null) && ExitCodes.All(c => c is null or 0);

    /// <summary>True when Spot capacity was reclaimed under the task.</summary>
    public bool WasInterrupted => StopCode is "SpotInterruption" or "TerminationNotice";

    private static JsonNode? Member(JsonObject o, string name) =>
        o.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    private static string? Text(JsonObject o, string name) =>
        Member(o, name) is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    /// <summary>Seconds since the epoch from a number (seconds, or milliseconds when large) or an ISO string.</summary>
    private static double? Time(JsonNode? node) => node switch
    {
        JsonValue v when Json.Number(v) is { } n => n > 1e11 ? n / 1000 : n,
        JsonValue v when v.GetValueKind() == JsonValueKind.String &&
            DateTimeOffset.TryParse(v.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)
            => t.ToUnixTimeMilliseconds() / 1000.0,
        _ => null,
    };
}
