using System.Globalization;
using System.Text.Json.Nodes;
using CsCheck;

namespace Orchestrator.Stack.Tests.Checks;

/// <summary>
/// Draws whole parameter sets from what the template itself accepts: each AllowedValues entry, numbers
/// between MinValue and MaxValue (the bounds drawn often, where combinations break), and for strings
/// their default or a valid sample. Rules are not applied here: a drawn set may be one the template refuses.
/// </summary>
public static class ParameterSets
{
    /// <summary>A valid value for each string parameter without AllowedValues (matching its AllowedPattern).</summary>
    private static readonly Dictionary<string, string> Samples = new(StringComparer.Ordinal)
    {
        ["WorkQueueName"] = "work", ["ClusterName"] = "batch", ["TaskDefinition"] = "worker:3", ["ContainerName"] = "worker",
        ["TaskExecutionRoleArn"] = "arn:aws:iam::123456789012:role/exec", ["TaskRoleArn"] = "arn:aws:iam::123456789012:role/task",
        ["SpotCapacityProvider"] = "FARGATE_SPOT", ["OnDemandCapacityProvider"] = "FARGATE", ["DrainSchedule"] = "rate(5 minutes)",
        ["AlarmTopicArn"] = "arn:aws:sns:us-east-1:123456789012:alarms", ["NotificationTopicArn"] = "arn:aws:sns:us-east-1:123456789012:ops",
        ["SpotFleetRequestId"] = "sfr-0123abcd", ["SpotAutoScalingGroupName"] = "spot", ["OnDemandAutoScalingGroupName"] = "on-demand",
        ["KmsKeyArn"] = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
    };

    public static Gen<Dictionary<string, JsonNode>> From(StackTemplate template)
    {
        var all = Gen.Const(ImmutableListOfNone());
        foreach (var (key, value) in template.Section("Parameters"))
        {
            var one = Values(key, value!.AsObject());
            all = Gen.Select(all, one, (set, v) => set.Add((key, v)));
        }

        return all.Select(set => set.ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal));
    }

    /// <summary>Every parameter at its default, or its sample when it has none.</summary>
    public static Dictionary<string, JsonNode> Defaults(StackTemplate template) =>
        template.Section("Parameters").ToDictionary(
            p => p.Key,
            p => p.Value!["Type"]!.ToString().StartsWith("List<", StringComparison.Ordinal)
                ? new JsonArray(p.Key == "Subnets" ? "subnet-0123abcd" : "sg-0123abcd")
                : (JsonNode)JsonValue.Create(p.Value["Default"]?.ToString() ?? Samples[p.Key]),
            StringComparer.Ordinal);

    private static System.Collections.Immutable.ImmutableList<(string, JsonNode)> ImmutableListOfNone() => [];

    private static double? Number(JsonNode? node) =>
        node is null ? null : double.Parse(node.ToJsonString().Trim('"'), CultureInfo.InvariantCulture);

    private static Gen<T> Either<T>(IReadOnlyList<T> values) => Gen.Int[0, values.Count - 1].Select(i => values[i]);

    private static Gen<JsonNode> Values(string name, JsonObject parameter)
    {
        var type = parameter["Type"]!.ToString();
        if (parameter["AllowedValues"] is JsonArray allowed)
        {
            return Either(allowed.Select(v => v!.ToString()).ToList()).Select(v => (JsonNode)JsonValue.Create(v));
        }

        if (type.StartsWith("List<", StringComparison.Ordinal) || type == "CommaDelimitedList")
        {
            return Gen.Const<JsonNode>(new JsonArray(name == "Subnets" ? "subnet-0123abcd" : "sg-0123abcd"));
        }

        if (type == "Number")
        {
            var min = Number(parameter["MinValue"]) ?? 0;
            var max = Number(parameter["MaxValue"]) ?? 1_000_000;
            var whole = Number(parameter["Default"]) is { } d && Math.Floor(d) == d && Math.Floor(min) == min;
            var inside = whole ? Gen.Int[(int)min, (int)max].Select(v => (double)v) : Gen.Double[min, max];
            return Gen.Frequency((2, Gen.Const(min)), (2, Gen.Const(max)), (6, inside))
                .Select(v => (JsonNode)JsonValue.Create(v.ToString(CultureInfo.InvariantCulture)));
        }

        var fallback = parameter["Default"]?.ToString();
        var sample = Samples.GetValueOrDefault(name) ?? fallback ?? throw new InvalidDataException($"Parameters.{name}: no sample value for a required string parameter; add one to ParameterSets.Samples.");
        return Either<string>(fallback is null ? [sample] : [fallback, sample]).Select(v => (JsonNode)JsonValue.Create(v));
    }
}
