using System.Text.Json.Nodes;

namespace Orchestrator.Core.Capacity;

/// <summary>
/// Reads return-to-spot's hysteresis record from a DynamoDB GetItem answer (optimized integration:
/// <c>{"Item": {"Id": {"S": …}, "Since": {"N": "1767225600"}}}</c>, no Item when absent).
/// </summary>
public static class HealthRecord
{
    /// <summary>Since when the pool has been healthy, or null when there is no record.</summary>
    public static DateTimeOffset? Since(JsonObject? answer)
    {
        if (answer?["Item"] is not JsonObject item)
        {
            return null;
        }

        var since = Json.Object(item, "Since", "Health.Item");
        var text = Json.String(since, "N", "Health.Item.Since");
        return long.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds is >= 0 and < 253402300800
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : throw new InvalidInputException($"Health.Item.Since.N '{text}' is not epoch seconds.");
    }
}
