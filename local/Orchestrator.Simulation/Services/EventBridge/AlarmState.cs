using System.Globalization;
using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.EventBridge;

/// <summary>One side of a CloudWatch alarm state change: value (ALARM, OK, INSUFFICIENT_DATA), reason, reasonData (a JSON string) and when.</summary>
/// <param name="Value">ALARM, OK or INSUFFICIENT_DATA.</param>
/// <param name="Reason">The human-readable reason, e.g. "Threshold Crossed: 1 out of the last 1 datapoints …".</param>
/// <param name="ReasonData">The machine-readable reason as JSON text (CloudWatch puts a string, not an object).</param>
/// <param name="Timestamp">When the alarm entered the state.</param>
public sealed record AlarmState(string Value, string Reason, string ReasonData, DateTimeOffset Timestamp)
{
    /// <summary>The <c>state</c> / <c>previousState</c> object; timestamp as CloudWatch writes it (<c>2019-10-02T17:04:40.989+0000</c>).</summary>
    public JsonObject ToJson() => new()
    {
        ["reason"] = Reason,
        ["reasonData"] = ReasonData,
        ["timestamp"] = Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'+0000'", CultureInfo.InvariantCulture),
        ["value"] = Value,
    };
}
