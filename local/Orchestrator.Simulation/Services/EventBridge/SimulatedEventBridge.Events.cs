using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.EventBridge;

/// <summary>PutEvents, routing to rules, and delivery to targets with latency and seeded faults.</summary>
public sealed partial class SimulatedEventBridge
{
    private JsonObject PutEvents(JsonObject request)
    {
        var results = new JsonArray();
        var failed = 0;
        foreach (var entry in request["Entries"]!.AsArray().Select(e => e!.AsObject()))
        {
            var (envelope, code, message) = FromEntry(entry);
            if (envelope is null)
            {
                failed++;
                results.Add(new JsonObject { ["ErrorCode"] = code, ["ErrorMessage"] = message });
                continue;
            }

            results.Add(new JsonObject { ["EventId"] = envelope["id"]!.GetValue<string>() });
            Route(envelope, _scheduler.Now);
        }

        return new JsonObject { ["FailedEntryCount"] = failed, ["Entries"] = results };
    }

    /// <summary>An entry's envelope, or the per-entry error PutEvents reports (API reference, PutEventsResultEntry).</summary>
    private (JsonObject? Envelope, string? Code, string? Message) FromEntry(JsonObject entry)
    {
        foreach (var field in new[] { "Source", "DetailType", "Detail" })
        {
            if (string.IsNullOrEmpty(entry[field]?.GetValue<string>()))
            {
                return (null, "InvalidArgument", $"Parameter {field} is not valid. Reason: {field} is a required argument.");
            }
        }

        var bus = entry["EventBusName"]?.GetValue<string>() ?? DefaultBus;
        if (bus != DefaultBus && bus != EventBusArn)
        {
            return (null, "ResourceNotFoundException", $"Event bus {bus} does not exist.");
        }

        var source = entry["Source"]!.GetValue<string>();
        if (source.StartsWith("aws.", StringComparison.Ordinal))
        {
            return (null, "NotAuthorizedForSourceException", "Not authorized for the source.");
        }

        JsonObject detail;
        try
        {
            detail = JsonNode.Parse(entry["Detail"]!.GetValue<string>()) as JsonObject
                ?? throw new JsonException("not an object");
        }
        catch (JsonException)
        {
            return (null, "MalformedDetail", "Detail is malformed.");
        }

        var time = entry["Time"] switch
        {
            JsonValue v when v.GetValueKind() == JsonValueKind.Number => DateTimeOffset.FromUnixTimeMilliseconds((long)(v.GetValue<double>() * 1000)),
            JsonValue v => DateTimeOffset.Parse(v.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture),
            _ => _scheduler.Now,
        };
        var resources = entry["Resources"]?.AsArray().Select(r => r!.GetValue<string>());
        return (Envelope(source, entry["DetailType"]!.GetValue<string>(), detail, resources, time), null, null);
    }

    private void Route(JsonObject envelope, DateTimeOffset ingested, EventRule? onlyRule = null)
    {
        var rules = onlyRule is null
            ? _rules.Values.Where(r => r.Enabled && r.Pattern is { } p && p.Matches(envelope))
            : [onlyRule];
        foreach (var rule in rules.ToList())
        {
            foreach (var target in rule.Targets.ToList())
            {
                var invocation = new EventTargetInvocation(
                    target["Arn"]!.GetValue<string>(),
                    TargetInput.For(target, envelope, rule.Arn, rule.Name, ingested),
                    rule.Arn,
                    envelope["id"]!.GetValue<string>());
                var id = target["Id"]!.GetValue<string>();
                ScheduleDelivery(rule.Arn, id, invocation);
                if (_options.DuplicateDeliveryProbability > 0 && _faults.NextDouble() < _options.DuplicateDeliveryProbability)
                {
                    ScheduleDelivery(rule.Arn, id, invocation);
                }
            }
        }
    }

    private void ScheduleDelivery(string sourceArn, string targetId, EventTargetInvocation invocation)
    {
        var delay = _options.Latency;
        if (_options.DelayedDeliveryProbability > 0 && _faults.NextDouble() < _options.DelayedDeliveryProbability)
        {
            delay += _options.ExtraDelayDistribution is { } draw ? draw(_faults) : _options.MaxExtraDelay * _faults.NextDouble();
        }

        _scheduler.Schedule(delay, () => Deliver(sourceArn, targetId, invocation));
    }

    private void Deliver(string sourceArn, string targetId, EventTargetInvocation invocation)
    {
        string? error = null;
        if (Targets.Resolve(invocation.TargetArn) is not { } handler)
        {
            error = $"No target is registered for {invocation.TargetArn}.";
        }
        else
        {
            try
            {
                handler(invocation);
            }
            catch (AwsServiceException e)
            {
                error = $"{e.Code}: {e.Message}";
            }
        }

        _deliveries.Add(new EventDelivery(_scheduler.Now, sourceArn, targetId, invocation, error));
    }
}
