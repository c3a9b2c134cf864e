using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Orchestrator.States.Paths;

namespace Orchestrator.Simulation.Services.EventBridge;

/// <summary>
/// What a rule target receives for an event (API reference "Target", user guide "Amazon EventBridge
/// input transformation"): <c>Input</c> (constant JSON text), else <c>InputPath</c> (the part of the
/// event it selects), else <c>InputTransformer</c>, else the whole event.
/// </summary>
/// <remarks>
/// <para>InputTransformer: each <c>&lt;name&gt;</c> in InputTemplate is replaced by the value of its
/// InputPathsMap path, or a predefined variable (<c>aws.events.rule-arn</c>, <c>aws.events.rule-name</c>,
/// <c>aws.events.event.ingestion-time</c>, <c>aws.events.event</c> — the event without detail —, and
/// <c>aws.events.event.json</c>). In a JSON template (starting with <c>{</c>) a placeholder outside quotes
/// takes the value's JSON text (strings quoted) and one inside quotes the bare string, as the
/// documented example <c>{"myInstance": &lt;instance&gt;,"myStatus": "&lt;instance&gt; is in state \"&lt;status&gt;\""}</c>
/// shows; in a plain-text template every value goes in bare. A path that selects nothing gives
/// <c>null</c> outside quotes and an empty string inside (an assumption: AWS does not document it).</para>
/// </remarks>
internal static class TargetInput
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string For(JsonObject target, JsonObject evt, string ruleArn, string ruleName, DateTimeOffset ingested)
    {
        if (target["Input"]?.GetValue<string>() is { } constant)
        {
            return constant;
        }

        if (target["InputPath"]?.GetValue<string>() is { } path)
        {
            return Select(path, evt)?.ToJsonString() ?? "null";
        }

        if (target["InputTransformer"] is JsonObject transformer)
        {
            return Transform(transformer, evt, ruleArn, ruleName, ingested);
        }

        return evt.ToJsonString();
    }

    private static JsonNode? Select(string path, JsonObject evt) =>
        JsonPathExpression.Parse(path).TryEvaluate(evt, out var result) ? result : null;

    private static string Transform(JsonObject transformer, JsonObject evt, string ruleArn, string ruleName, DateTimeOffset ingested)
    {
        var values = new Dictionary<string, JsonNode?>(StringComparer.Ordinal)
        {
            ["aws.events.rule-arn"] = ruleArn,
            ["aws.events.rule-name"] = ruleName,
            ["aws.events.event.ingestion-time"] = ingested.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["aws.events.event.json"] = evt.DeepClone(),
        };
        var withoutDetail = (JsonObject)evt.DeepClone();
        withoutDetail.Remove("detail");
        values["aws.events.event"] = withoutDetail;
        foreach (var (name, path) in transformer["InputPathsMap"]?.AsObject() ?? [])
        {
            values[name] = Select(path!.GetValue<string>(), evt)?.DeepClone();
        }

        var template = transformer["InputTemplate"]!.GetValue<string>();
        var json = template.TrimStart().StartsWith('{');
        var output = new StringBuilder();
        var inString = false;
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            var close = c == '<' ? template.IndexOf('>', i + 1) : -1;
            if (close > i && values.TryGetValue(template[(i + 1)..close], out var value))
            {
                output.Append(Render(value, json && !inString, inString));
                i = close;
                continue;
            }

            if (c == '"' && (i == 0 || template[i - 1] != '\\'))
            {
                inString = !inString;
            }

            output.Append(c);
        }

        return output.ToString();
    }

    private static string Render(JsonNode? value, bool asJson, bool inJsonString)
    {
        if (asJson)
        {
            return value?.ToJsonString() ?? "null";
        }

        var text = value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : value?.ToJsonString() ?? string.Empty;
        // Keep a JSON template valid: a bare string inside quotes is escaped as JSON string content.
        return inJsonString ? JsonSerializer.Serialize(text, Relaxed)[1..^1] : text;
    }
}
