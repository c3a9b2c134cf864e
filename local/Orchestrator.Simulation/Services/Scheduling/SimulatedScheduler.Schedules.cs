using System.Globalization;
using System.Text.Json.Nodes;
using Orchestrator.Simulation.Models;
using Orchestrator.Simulation.Services.EventBridge;

namespace Orchestrator.Simulation.Services.Scheduling;

/// <summary>Creating, describing and deleting schedules, and firing them.</summary>
public sealed partial class SimulatedScheduler
{
    private JsonObject Put(JsonObject request, bool create)
    {
        var key = Key(request);
        var exists = _schedules.TryGetValue(key, out var entry);
        if (create && exists)
        {
            throw Error("ConflictException", $"Schedule {request["Name"]} already exists.");
        }

        if (!create && !exists)
        {
            throw Error("ResourceNotFoundException", $"Schedule {request["Name"]} does not exist.");
        }

        if (!ScheduleExpression.TryParse(request["ScheduleExpression"]!.GetValue<string>(), out var expression, out var problem))
        {
            throw Error("ValidationException", $"Invalid Schedule Expression {request["ScheduleExpression"]}. {problem}");
        }

        TimeZoneInfo? zone = null;
        if (request["ScheduleExpressionTimezone"]?.GetValue<string>() is { } zoneId && !TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out zone))
        {
            throw Error("ValidationException", $"Invalid Schedule Expression Timezone {zoneId}.");
        }

        var window = request["FlexibleTimeWindow"]!;
        if (window["Mode"]!.GetValue<string>() == "FLEXIBLE" && window["MaximumWindowInMinutes"] is null)
        {
            throw Error("ValidationException", "MaximumWindowInMinutes must be provided when Mode is FLEXIBLE.");
        }

        var group = request["GroupName"]?.GetValue<string>() ?? "default";
        var name = request["Name"]!.GetValue<string>();
        entry?.Timer?.Stop();
        entry ??= new ScheduleEntry(group, name, $"arn:aws:scheduler:{_options.Region}:{_options.AccountId}:schedule/{group}/{name}", request, _clock.Now);
        entry.Definition = (JsonObject)request.DeepClone();
        entry.Modified = _clock.Now;
        _schedules[key] = entry;
        if (request["State"]?.GetValue<string>() is not "DISABLED")
        {
            // "EventBridge Scheduler ignores StartDate (and EndDate) for one-time schedules" (API reference, CreateSchedule).
            var oneTime = expression is AtSchedule;
            var start = oneTime ? null : Time(request["StartDate"]);
            // Firings come strictly after creation; a future StartDate itself may be a firing (not for rates, which start a period later).
            var future = start is { } s && s > _clock.Now;
            var anchor = future ? start!.Value.AddTicks(expression is RateSchedule ? 0 : -1) : _clock.Now;
            var current = entry;
            entry.Timer = new RecurringTimer(_clock, expression, anchor, at => Fire(current, at),
                zone, oneTime ? null : Time(request["EndDate"]), _options.StopSchedulesAt);
        }

        return new JsonObject { ["ScheduleArn"] = entry.Arn };
    }

    private JsonObject Delete(JsonObject request)
    {
        var entry = Find(request);
        entry.Timer?.Stop();
        _schedules.Remove(Key(request));
        return [];
    }

    private JsonObject Describe(ScheduleEntry entry)
    {
        var answer = (JsonObject)entry.Definition.DeepClone();
        answer.Remove("ClientToken");
        answer["Arn"] = entry.Arn;
        answer["GroupName"] = entry.Group;
        answer["State"] = entry.Definition["State"]?.GetValue<string>() ?? "ENABLED";
        answer["CreationDate"] = entry.Created.ToUnixTimeMilliseconds() / 1000.0;
        answer["LastModificationDate"] = entry.Modified.ToUnixTimeMilliseconds() / 1000.0;
        return answer;
    }

    private JsonObject Summary(ScheduleEntry entry) => new()
    {
        ["Arn"] = entry.Arn,
        ["Name"] = entry.Name,
        ["GroupName"] = entry.Group,
        ["State"] = entry.Definition["State"]?.GetValue<string>() ?? "ENABLED",
        ["CreationDate"] = entry.Created.ToUnixTimeMilliseconds() / 1000.0,
        ["LastModificationDate"] = entry.Modified.ToUnixTimeMilliseconds() / 1000.0,
        ["Target"] = new JsonObject { ["Arn"] = entry.Definition["Target"]!["Arn"]!.DeepClone() },
    };

    private void Fire(ScheduleEntry entry, DateTimeOffset scheduled)
    {
        var window = entry.Definition["FlexibleTimeWindow"]!;
        var delay = window["Mode"]!.GetValue<string>() == "FLEXIBLE"
            ? TimeSpan.FromMinutes(window["MaximumWindowInMinutes"]!.GetValue<int>() * _random.NextDouble())
            : TimeSpan.Zero;
        _clock.Schedule(delay, () => InvokeTarget(entry, scheduled));
        if (entry.Timer?.NextFiring is null && entry.Definition["ActionAfterCompletion"]?.GetValue<string>() == "DELETE")
        {
            _schedules.Remove($"{entry.Group}/{entry.Name}");
        }
    }

    private void InvokeTarget(ScheduleEntry entry, DateTimeOffset scheduled)
    {
        var target = entry.Definition["Target"]!;
        var arn = target["Arn"]!.GetValue<string>();
        var input = (target["Input"]?.GetValue<string>() ?? "{}")
            .Replace("<aws.scheduler.schedule-arn>", entry.Arn, StringComparison.Ordinal)
            .Replace("<aws.scheduler.scheduled-time>", scheduled.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("<aws.scheduler.execution-id>", AwsRequestIds.Next(_random), StringComparison.Ordinal)
            .Replace("<aws.scheduler.attempt-number>", "1", StringComparison.Ordinal);
        var invocation = new EventTargetInvocation(arn, input, entry.Arn, null);
        string? error = null;
        try
        {
            (_targets.Resolve(arn) ?? throw Error("ResourceNotFoundException", $"No target is registered for {arn}."))(invocation);
        }
        catch (AwsServiceException e)
        {
            error = $"{e.Code}: {e.Message}";
        }

        entry.Invocations++;
        _deliveries.Add(new EventDelivery(_clock.Now, entry.Arn, "schedule", invocation, error));
    }
}
