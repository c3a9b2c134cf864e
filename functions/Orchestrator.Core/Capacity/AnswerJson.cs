using System.Globalization;
using System.Text.Json.Nodes;

namespace Orchestrator.Core.Capacity;

/// <summary>
/// Readers for AWS answers as Step Functions' aws-sdk integrations return them (PascalCase, no SDK
/// metadata): numbers that some services send as strings (an Auto Scaling WeightedCapacity is "2"),
/// and timestamps as ISO 8601 text or epoch seconds.
/// </summary>
internal static class AnswerJson
{
    /// <summary>A number given as a JSON number or numeric string; null when absent.</summary>
    public static double? Number(JsonObject o, string name, string where)
    {
        var node = o[name];
        if (node is null)
        {
            return null;
        }

        if (Json.Number(node) is { } n)
        {
            return n;
        }

        return Json.OptionalString(o, name) is { } s && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed)
            ? parsed
            : throw new InvalidInputException($"{where}: '{name}' is not a number.");
    }

    public static double RequiredNumber(JsonObject o, string name, string where) =>
        Number(o, name, where) ?? throw new InvalidInputException($"{where}: '{name}' is missing.");

    /// <summary>The objects of an optional array (absent: empty, as aws-sdk answers omit empty lists).</summary>
    public static IEnumerable<(JsonObject Item, string Where)> Objects(JsonObject o, string name, string where)
    {
        if (o[name] is null)
        {
            yield break;
        }

        var array = Json.Array(o, name, where);
        for (var i = 0; i < array.Count; i++)
        {
            yield return (array[i] as JsonObject ?? throw new InvalidInputException($"{where}.{name}[{i}] is not an object."), $"{where}.{name}[{i}]");
        }
    }

    /// <summary>A timestamp as ISO 8601 text or epoch seconds; null when absent.</summary>
    public static DateTimeOffset? Time(JsonObject o, string name, string where)
    {
        if (o[name] is null)
        {
            return null;
        }

        if (Json.Number(o[name]) is { } seconds && Math.Abs(seconds) < 1e11)
        {
            return DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000));
        }

        return Json.OptionalString(o, name) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : throw new InvalidInputException($"{where}: '{name}' is not a timestamp.");
    }

    /// <summary>Epoch seconds, as DynamoDB number attributes hold times.</summary>
    public static long Epoch(DateTimeOffset time) => time.ToUnixTimeSeconds();
}
