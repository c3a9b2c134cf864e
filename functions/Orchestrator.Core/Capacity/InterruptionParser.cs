using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Orchestrator.Core.Capacity;

/// <summary>
/// Reads "EC2 Spot Instance Interruption Warning" and "EC2 Instance Rebalance Recommendation" events
/// (source aws.ec2, detail {"instance-id", "instance-action"?}; EC2 User Guide samples) in their
/// EventBridge or SNS form into one <see cref="Interruption"/>.
/// </summary>
/// <remarks>Anything else fails with <see cref="InvalidInputException"/> naming what was wrong, before
/// the workflow touches the cluster. The instance id is checked strictly because it goes into an ECS
/// cluster query (<c>ec2InstanceId == …</c>).</remarks>
public static partial class InterruptionParser
{
    public const string WarningType = "EC2 Spot Instance Interruption Warning";
    public const string RebalanceType = "EC2 Instance Rebalance Recommendation";

    /// <summary>Parses the execution input.</summary>
    public static Interruption Parse(JsonNode? input)
    {
        var (e, source) = EventEnvelope.Unwrap(input, "Spot interruption event");
        var eventSource = Json.String(e, "source", "event");
        var detailType = Json.String(e, "detail-type", "event");
        var kind = (eventSource, detailType) switch
        {
            ("aws.ec2", WarningType) => Interruption.Warning,
            ("aws.ec2", RebalanceType) => Interruption.Rebalance,
            _ => throw new InvalidInputException($"Not a Spot interruption event: source '{eventSource}', detail-type '{detailType}'."),
        };
        var detail = Json.Object(e, "detail", "event");
        var instanceId = Json.String(detail, "instance-id", "detail");
        if (!InstanceId().IsMatch(instanceId))
        {
            throw new InvalidInputException($"detail: 'instance-id' '{instanceId}' is not an EC2 instance id (i- and 8 or 17 hex digits).");
        }

        string? action = null;
        if (kind == Interruption.Warning)
        {
            action = Json.String(detail, "instance-action", "detail");
            if (action is not ("terminate" or "stop" or "hibernate"))
            {
                throw new InvalidInputException($"detail: 'instance-action' '{action}' is not terminate, stop or hibernate.");
            }
        }

        return new Interruption(kind, instanceId, EventEnvelope.Time(e, "event"), source, action);
    }

    [GeneratedRegex("^i-(?:[0-9a-f]{8}|[0-9a-f]{17})$", RegexOptions.CultureInvariant)]
    private static partial Regex InstanceId();
}
