using System.Text.Json.Nodes;
using Orchestrator.Simulation.Services.Scheduling;

namespace Orchestrator.Simulation.Services.EventBridge;

/// <summary>Rules and targets: PutRule, DescribeRule, DeleteRule, Enable/DisableRule, ListRules, PutTargets, RemoveTargets.</summary>
public sealed partial class SimulatedEventBridge
{
    /// <summary>AWS quota: five targets per rule (PutTargets answers LimitExceededException beyond it).</summary>
    private const int MaxTargetsPerRule = 5;

    private JsonObject PutRule(JsonObject request)
    {
        CheckBus(request);
        var name = request["Name"]!.GetValue<string>();
        var patternText = request["EventPattern"]?.GetValue<string>();
        var scheduleText = request["ScheduleExpression"]?.GetValue<string>();
        if (patternText is null && scheduleText is null)
        {
            throw EventBridgeErrors.Validation("Parameter(s) EventPattern or ScheduleExpression must be specified.");
        }

        var pattern = patternText is null ? null : ParsePattern(patternText);
        ScheduleExpression? schedule = null;
        if (scheduleText is not null && (!ScheduleExpression.TryParse(scheduleText, out schedule, out _) || schedule is AtSchedule))
        {
            // Rules take rate() and cron() only; at() is EventBridge Scheduler's.
            throw EventBridgeErrors.Validation("Parameter ScheduleExpression is not valid.");
        }

        if (!_rules.TryGetValue(name, out var rule))
        {
            rule = new EventRule(name, $"arn:aws:events:{_options.Region}:{_options.AccountId}:rule/{name}");
            _rules[name] = rule;
        }

        rule.Pattern = pattern;
        rule.Description = request["Description"]?.GetValue<string>();
        rule.Enabled = request["State"]?.GetValue<string>() is not "DISABLED";
        if (rule.Schedule?.Text != schedule?.Text)
        {
            rule.Timer?.Stop();
            rule.Schedule = schedule;
            rule.Timer = schedule is null ? null : StartTimer(rule, schedule);
        }

        return new JsonObject { ["RuleArn"] = rule.Arn };
    }

    private RecurringTimer StartTimer(EventRule rule, ScheduleExpression schedule) =>
        new(_scheduler, schedule, _scheduler.Now, at =>
        {
            if (rule.Enabled)
            {
                Route(Envelope("aws.events", "Scheduled Event", [], [rule.Arn], at), at, onlyRule: rule);
            }
        }, horizon: _options.StopSchedulesAt);

    private JsonObject DescribeRule(JsonObject request)
    {
        var rule = Rule(request["Name"]!, request);
        var answer = new JsonObject
        {
            ["Name"] = rule.Name,
            ["Arn"] = rule.Arn,
            ["State"] = rule.Enabled ? "ENABLED" : "DISABLED",
            ["EventBusName"] = DefaultBus,
            ["CreatedBy"] = _options.AccountId,
        };
        if (rule.Pattern is { } pattern)
        {
            answer["EventPattern"] = pattern.Text;
        }

        if (rule.Schedule is { } schedule)
        {
            answer["ScheduleExpression"] = schedule.Text;
        }

        if (rule.Description is { } description)
        {
            answer["Description"] = description;
        }

        return answer;
    }

    private JsonObject DeleteRule(JsonObject request)
    {
        CheckBus(request);
        var name = request["Name"]!.GetValue<string>();
        if (_rules.TryGetValue(name, out var rule))
        {
            // AWS: "Before you can delete the rule, you must remove all targets".
            if (rule.Targets.Count > 0 && request["Force"]?.GetValue<bool>() != true)
            {
                throw EventBridgeErrors.Validation("Rule can't be deleted since it has targets.");
            }

            rule.Timer?.Stop();
            _rules.Remove(name);
        }

        return [];
    }

    private JsonObject SetEnabled(JsonObject request, bool enabled)
    {
        Rule(request["Name"]!, request).Enabled = enabled;
        return [];
    }

    private JsonObject ListRules(JsonObject request)
    {
        CheckBus(request);
        var prefix = request["NamePrefix"]?.GetValue<string>() ?? string.Empty;
        var rules = _rules.Values.Where(r => r.Name.StartsWith(prefix, StringComparison.Ordinal)).OrderBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => DescribeRule(new JsonObject { ["Name"] = r.Name }));
        return new JsonObject { ["Rules"] = new JsonArray([.. rules]) };
    }

    private JsonObject PutTargets(JsonObject request)
    {
        var rule = Rule(request["Rule"]!, request);
        foreach (var target in request["Targets"]!.AsArray().Select(t => t!.AsObject()))
        {
            var inputs = new[] { "Input", "InputPath", "InputTransformer" }.Count(k => target[k] is not null);
            if (inputs > 1)
            {
                throw EventBridgeErrors.Validation("Only one of Input, InputPath, or InputTransformer must be provided.");
            }

            if (target["Input"]?.GetValue<string>() is { } input && !IsJson(input))
            {
                throw EventBridgeErrors.Validation($"Target {target["Id"]} Input is not valid JSON text.");
            }

            var id = target["Id"]!.GetValue<string>();
            rule.Targets.RemoveAll(t => t["Id"]!.GetValue<string>() == id);
            if (rule.Targets.Count >= MaxTargetsPerRule)
            {
                throw new AwsServiceException("eventbridge", "LimitExceededException", 400, "The requested resource exceeds the maximum number allowed.");
            }

            rule.Targets.Add((JsonObject)target.DeepClone());
        }

        return new JsonObject { ["FailedEntryCount"] = 0, ["FailedEntries"] = new JsonArray() };
    }

    private JsonObject RemoveTargets(JsonObject request)
    {
        var rule = Rule(request["Rule"]!, request);
        var ids = request["Ids"]!.AsArray().Select(i => i!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        rule.Targets.RemoveAll(t => ids.Contains(t["Id"]!.GetValue<string>()));
        return new JsonObject { ["FailedEntryCount"] = 0, ["FailedEntries"] = new JsonArray() };
    }

    private EventRule Rule(JsonNode name, JsonObject request)
    {
        CheckBus(request);
        var text = name.GetValue<string>();
        return _rules.GetValueOrDefault(text) ?? throw EventBridgeErrors.RuleNotFound(text, DefaultBus);
    }

    private void CheckBus(JsonObject request)
    {
        var bus = request["EventBusName"]?.GetValue<string>() ?? DefaultBus;
        if (bus != DefaultBus && bus != EventBusArn)
        {
            throw EventBridgeErrors.BusNotFound(bus);
        }
    }

    private static bool IsJson(string text)
    {
        try
        {
            JsonNode.Parse(text);
            return true;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }
}
