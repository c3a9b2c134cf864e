using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.Sqs;

/// <summary>
/// A queue's settable attributes, parsed and range-checked as CreateQueue / SetQueueAttributes do.
/// </summary>
/// <remarks>
/// Defaults and ranges from the CreateQueue API reference: VisibilityTimeout 30 (0–43,200 s),
/// MaximumMessageSize 262,144 (1,024–262,144 bytes, the limit in the message quotas page this
/// project follows), MessageRetentionPeriod 345,600 (60–1,209,600 s), DelaySeconds 0 (0–900),
/// ReceiveMessageWaitTimeSeconds 0 (0–20). RedrivePolicy is a JSON string
/// {"deadLetterTargetArn", "maxReceiveCount" 1–1000}. Other settable attributes (Policy, KMS,
/// RedriveAllowPolicy…) are kept verbatim and echoed by GetQueueAttributes.
/// </remarks>
internal sealed record SqsQueueSettings
{
    private static readonly HashSet<string> Verbatim = new(StringComparer.Ordinal)
    {
        "Policy", "KmsMasterKeyId", "KmsDataKeyReusePeriodSeconds", "RedriveAllowPolicy", "SqsManagedSseEnabled",
        "DeduplicationScope", "FifoThroughputLimit",
    };

    public int VisibilityTimeout { get; init; } = 30;

    public int MaximumMessageSize { get; init; } = 262_144;

    public int MessageRetentionPeriod { get; init; } = 345_600;

    public int DelaySeconds { get; init; }

    public int ReceiveMessageWaitTimeSeconds { get; init; }

    public bool Fifo { get; init; }

    public bool ContentBasedDeduplication { get; init; }

    public SqsRedrivePolicy? Redrive { get; init; }

    /// <summary>Every attribute as given, for CreateQueue's "same name, different attributes" check and echoing.</summary>
    public IReadOnlyDictionary<string, string> Given { get; init; } = new SortedDictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Applies <paramref name="attributes"/> on top of this; throws the SQS error for a bad one.</summary>
    public SqsQueueSettings With(JsonObject? attributes, bool creating, string requestId)
    {
        var result = this;
        var given = new SortedDictionary<string, string>((IDictionary<string, string>)Given, StringComparer.Ordinal);
        foreach (var (name, node) in attributes ?? [])
        {
            var value = node?.GetValue<string>() ?? string.Empty;
            given[name] = value;
            result = name switch
            {
                "VisibilityTimeout" => result with { VisibilityTimeout = Int(name, value, 0, 43_200, requestId) },
                "MaximumMessageSize" => result with { MaximumMessageSize = Int(name, value, 1_024, 262_144, requestId) },
                "MessageRetentionPeriod" => result with { MessageRetentionPeriod = Int(name, value, 60, 1_209_600, requestId) },
                "DelaySeconds" => result with { DelaySeconds = Int(name, value, 0, 900, requestId) },
                "ReceiveMessageWaitTimeSeconds" => result with { ReceiveMessageWaitTimeSeconds = Int(name, value, 0, 20, requestId) },
                "FifoQueue" when creating => result with { Fifo = Bool(name, value, requestId) },
                "ContentBasedDeduplication" => result with { ContentBasedDeduplication = Bool(name, value, requestId) },
                "RedrivePolicy" => result with { Redrive = value.Length == 0 ? null : ParseRedrive(value, requestId) },
                _ when Verbatim.Contains(name) => result,
                _ => throw SqsErrors.InvalidAttributeName(name, requestId),
            };
        }

        return result with { Given = given };
    }

    private static int Int(string name, string value, int min, int max, string requestId) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw SqsErrors.InvalidAttributeValue(name, requestId);

    private static bool Bool(string name, string value, string requestId) => value switch
    {
        "true" => true,
        "false" => false,
        _ => throw SqsErrors.InvalidAttributeValue(name, requestId),
    };

    private static SqsRedrivePolicy ParseRedrive(string value, string requestId)
    {
        JsonObject? policy;
        try
        {
            policy = JsonNode.Parse(value) as JsonObject;
        }
        catch (JsonException)
        {
            policy = null;
        }

        var arn = policy?["deadLetterTargetArn"] is JsonValue a && a.GetValueKind() == JsonValueKind.String ? a.GetValue<string>() : null;
        var count = policy?["maxReceiveCount"] switch
        {
            JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var n) => n,
            JsonValue v when v.GetValueKind() == JsonValueKind.String
                && int.TryParse(v.GetValue<string>(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
            _ => 0,
        };
        if (arn is null || count is < 1 or > 1000)
        {
            throw SqsErrors.InvalidParameterValue("RedrivePolicy", value,
                "Redrive policy is not a valid JSON map with deadLetterTargetArn and maxReceiveCount (1 to 1000).", requestId);
        }

        return new SqsRedrivePolicy(arn, count);
    }
}
