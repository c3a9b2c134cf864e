using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Orchestrator.Simulation.Models;
using Orchestrator.Simulation.Services.EventBridge;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Services.Sns;

/// <summary>
/// Simulated Amazon SNS on the virtual clock: standard topics, SQS and Lambda subscriptions
/// (RawMessageDelivery for SQS), Publish with Subject and MessageAttributes, and delivery in SNS's
/// envelope after <see cref="SnsOptions.Latency"/>.
/// </summary>
/// <remarks>
/// <para>SQS subscribers receive the JSON envelope (Type "Notification", MessageId, TopicArn,
/// Subject when given, Message, Timestamp, SignatureVersion "1", Signature, SigningCertURL,
/// UnsubscribeURL, MessageAttributes when given) as the message body, or with raw delivery the
/// message itself with the attributes as SQS message attributes (SNS developer guide "Amazon SNS
/// raw message delivery"). Lambda subscribers get <c>{"Records":[{"EventSource":"aws:sns",
/// "EventVersion":"1.0","EventSubscriptionArn":…,"Sns":{…}}]}</c> where Sns spells SigningCertUrl and
/// UnsubscribeUrl, has Subject null when absent and always MessageAttributes (Lambda developer guide,
/// "Using Lambda with Amazon SNS", example event). Subscriptions are confirmed at once (same account);
/// filter policies, FIFO topics and delivery retries are not modelled. Signatures are deterministic
/// placeholders, not verifiable.</para>
/// </remarks>
public sealed partial class SimulatedSns : ISimulatedService
{
    private const int MaxMessageBytes = 262_144;
    private readonly Scheduler _scheduler;
    private readonly SeededRandom _random;
    private readonly EventTargetRegistry _targets;
    private readonly ISimulatedService? _sqs;
    private readonly SnsOptions _options;
    private readonly Dictionary<string, List<SnsSubscription>> _topics = new(StringComparer.Ordinal);
    private readonly List<SnsDelivery> _deliveries = [];

    /// <summary>Creates an SNS with no topics; SQS subscribers are reached through <paramref name="sqs"/>, Lambda ones through <paramref name="targets"/>.</summary>
    public SimulatedSns(Scheduler scheduler, SeededRandom random, EventTargetRegistry targets, ISimulatedService? sqs = null, SnsOptions? options = null)
    {
        _scheduler = scheduler;
        _random = random;
        _targets = targets;
        _sqs = sqs;
        _options = options ?? new SnsOptions();
    }

    /// <inheritdoc/>
    public string ServiceName => "sns";

    /// <summary>Every delivery attempted so far, in order.</summary>
    public IReadOnlyList<SnsDelivery> Deliveries => _deliveries;

    /// <summary>The ARN AWS gives a topic of this name here.</summary>
    public string TopicArn(string name) => $"arn:aws:sns:{_options.Region}:{_options.AccountId}:{name}";

    /// <inheritdoc/>
    public JsonNode Invoke(string operation, JsonObject request) =>
        ServiceRequests.Answer(ServiceName, operation, request, _random, "InvalidAction", name => name switch
        {
            "CreateTopic" => CreateTopic(request),
            "DeleteTopic" => DeleteTopic(request),
            "ListTopics" => new JsonObject { ["Topics"] = new JsonArray([.. _topics.Keys.Order(StringComparer.Ordinal).Select(a => new JsonObject { ["TopicArn"] = a })]) },
            "Subscribe" => Subscribe(request),
            "Unsubscribe" => Unsubscribe(request),
            "SetSubscriptionAttributes" => SetSubscriptionAttributes(request),
            "ListSubscriptionsByTopic" => ListSubscriptionsByTopic(request),
            "Publish" => Publish(request),
            _ => throw SnsErrors.Unsupported(name),
        });

    private JsonObject CreateTopic(JsonObject request)
    {
        var name = request["Name"]!.GetValue<string>();
        if (!TopicName().IsMatch(name))
        {
            // "Topic names must be made up of only uppercase and lowercase ASCII letters, numbers, underscores, and hyphens, and must be between 1 and 256 characters long."
            throw SnsErrors.InvalidParameter("Topic Name");
        }

        var arn = TopicArn(name);
        _topics.TryAdd(arn, []);
        return new JsonObject { ["TopicArn"] = arn };
    }

    private JsonObject DeleteTopic(JsonObject request)
    {
        // DeleteTopic of a missing topic succeeds (it is idempotent on AWS).
        _topics.Remove(request["TopicArn"]!.GetValue<string>());
        return [];
    }

    private List<SnsSubscription> Topic(string arn) => _topics.GetValueOrDefault(arn) ?? throw SnsErrors.TopicNotFound();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex TopicName();
}
