using System.Globalization;
using System.Text.Json.Nodes;
using Orchestrator.Simulation.Models;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Services.EventBridge;

/// <summary>
/// Simulated Amazon EventBridge (the default event bus) on the virtual clock: PutEvents, rules with
/// event patterns or schedules, targets with Input / InputPath / InputTransformer, and delivery of the
/// event envelope to targets through an <see cref="EventTargetRegistry"/>.
/// </summary>
/// <remarks>
/// <para>Events from AWS services (EC2 Spot warnings, CloudWatch alarms, ECS task changes) enter with
/// <see cref="Publish"/>, since PutEvents refuses <c>aws.*</c> sources as AWS does. Each matching enabled
/// rule delivers to each of its targets after <see cref="EventBridgeOptions.Latency"/>; with fault
/// injection a delivery may be held back or repeated (seeded). Every attempt is kept in
/// <see cref="Deliveries"/>. Failed deliveries are recorded, not retried (AWS retries for up to 24 h;
/// not modelled).</para>
/// <para>Scheduled rules fire "Scheduled Event" events from <c>aws.events</c> with the rule ARN as the
/// only resource; see <see cref="EventBridgeOptions.StopSchedulesAt"/> for ending them.</para>
/// </remarks>
public sealed partial class SimulatedEventBridge : ISimulatedService
{
    private const string DefaultBus = "default";
    private readonly Scheduler _scheduler;
    private readonly SeededRandom _random;
    private readonly SeededRandom _faults;
    private readonly EventBridgeOptions _options;
    private readonly Dictionary<string, EventRule> _rules = new(StringComparer.Ordinal);
    private readonly List<EventDelivery> _deliveries = [];

    /// <summary>Creates an event bus with no rules; targets resolve through <paramref name="targets"/>.</summary>
    public SimulatedEventBridge(Scheduler scheduler, SeededRandom random, EventTargetRegistry targets, EventBridgeOptions? options = null)
    {
        _scheduler = scheduler;
        _random = random.Fork();
        _faults = random.Fork();
        Targets = targets;
        _options = options ?? new EventBridgeOptions();
    }

    /// <inheritdoc/>
    public string ServiceName => "eventbridge";

    /// <summary>Where target ARNs are resolved.</summary>
    public EventTargetRegistry Targets { get; }

    /// <summary>Every delivery attempted so far, in order.</summary>
    public IReadOnlyList<EventDelivery> Deliveries => _deliveries;

    /// <summary>The default bus's ARN.</summary>
    public string EventBusArn => $"arn:aws:events:{_options.Region}:{_options.AccountId}:event-bus/default";

    /// <inheritdoc/>
    public JsonNode Invoke(string operation, JsonObject request) =>
        ServiceRequests.Answer(ServiceName, operation, request, _random, "UnknownOperationException", name => name switch
        {
            "PutEvents" => PutEvents(request),
            "PutRule" => PutRule(request),
            "DescribeRule" => DescribeRule(request),
            "DeleteRule" => DeleteRule(request),
            "EnableRule" => SetEnabled(request, true),
            "DisableRule" => SetEnabled(request, false),
            "ListRules" => ListRules(request),
            "PutTargets" => PutTargets(request),
            "RemoveTargets" => RemoveTargets(request),
            "ListTargetsByRule" => new JsonObject { ["Targets"] = new JsonArray([.. Rule(request["Rule"]!, request).Targets.Select(t => t.DeepClone())]) },
            "TestEventPattern" => TestEventPattern(request),
            _ => throw EventBridgeErrors.Unsupported(name),
        });

    /// <summary>
    /// Puts an event from an AWS service on the bus (a full envelope such as <see cref="AwsEvents"/>
    /// builds, or one from the other simulated services) and routes it to matching rules.
    /// </summary>
    public void Publish(JsonObject envelope) => Route(envelope, _scheduler.Now);

    /// <summary>A fresh event envelope in EventBridge's shape, with a seeded id and the current virtual time unless given.</summary>
    public JsonObject Envelope(string source, string detailType, JsonObject detail, IEnumerable<string>? resources = null, DateTimeOffset? time = null) => new()
    {
        ["version"] = "0",
        ["id"] = AwsRequestIds.Next(_random),
        ["detail-type"] = detailType,
        ["source"] = source,
        ["account"] = _options.AccountId,
        ["time"] = FormatTime(time ?? _scheduler.Now),
        ["region"] = _options.Region,
        ["resources"] = new JsonArray([.. (resources ?? []).Select(r => JsonValue.Create(r))]),
        ["detail"] = detail,
    };

    /// <summary>EventBridge's event time format: ISO 8601 UTC to the second, e.g. <c>2019-10-08T16:53:06Z</c>.</summary>
    public static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private JsonObject TestEventPattern(JsonObject request)
    {
        var pattern = ParsePattern(request["EventPattern"]!.GetValue<string>());
        JsonNode? evt;
        try
        {
            evt = JsonNode.Parse(request["Event"]!.GetValue<string>());
        }
        catch (System.Text.Json.JsonException)
        {
            throw EventBridgeErrors.Validation("Parameter Event is not valid.");
        }

        return new JsonObject { ["Result"] = pattern.Matches(evt) };
    }

    private static EventPattern ParsePattern(string text)
    {
        try
        {
            return EventPattern.Parse(text);
        }
        catch (InvalidEventPatternException e)
        {
            throw EventBridgeErrors.InvalidPattern(e.Message);
        }
    }
}
