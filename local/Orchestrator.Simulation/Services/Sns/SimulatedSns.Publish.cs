using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Orchestrator.Simulation.Models;
using Orchestrator.Simulation.Services.EventBridge;

namespace Orchestrator.Simulation.Services.Sns;

/// <summary>Publish and delivery to subscribers.</summary>
public sealed partial class SimulatedSns
{
    private JsonObject Publish(JsonObject request)
    {
        var topicArn = request["TopicArn"]?.GetValue<string>() ?? request["TargetArn"]?.GetValue<string>()
            ?? throw SnsErrors.InvalidParameter("TopicArn or TargetArn Reason: no value for required parameter");
        var subscriptions = Topic(topicArn);
        var message = request["Message"]!.GetValue<string>();
        if (message.Length == 0)
        {
            throw SnsErrors.InvalidParameter("Empty message");
        }

        var attributes = request["MessageAttributes"]?.AsObject() ?? [];
        var size = Encoding.UTF8.GetByteCount(message) + attributes.Sum(a => Encoding.UTF8.GetByteCount(a.Key) + Encoding.UTF8.GetByteCount(a.Value!.ToJsonString()));
        if (size > MaxMessageBytes)
        {
            // "The total size limit for a single SMS Publish action is 1,600 characters; for other protocols 256 KB."
            throw SnsErrors.InvalidParameter("Message too long");
        }

        var subject = request["Subject"]?.GetValue<string>();
        if (subject is not null && (subject.Length is 0 or > 100 || subject.Any(c => c is '\n' or '\r' || c > 127 || char.IsControl(c))))
        {
            // Subject: ASCII, no line breaks or control characters, 1–100 characters.
            throw SnsErrors.InvalidParameter("Subject");
        }

        var messageId = AwsRequestIds.Next(_random);
        var notification = new SnsNotification(messageId, topicArn, subject, message, (JsonObject)attributes.DeepClone(), _scheduler.Now);
        foreach (var subscription in subscriptions.ToList())
        {
            _scheduler.Schedule(_options.Latency, () => Deliver(subscription, notification));
        }

        return new JsonObject { ["MessageId"] = messageId };
    }

    private void Deliver(SnsSubscription subscription, SnsNotification n)
    {
        string payload;
        string? error = null;
        try
        {
            if (subscription.Protocol == "sqs")
            {
                payload = subscription.RawMessageDelivery ? n.Message : n.Envelope(subscription.Arn, _options.Region, lambda: false).ToJsonString();
                var send = new JsonObject { ["QueueUrl"] = EventTargetRegistry.QueueUrl(subscription.Endpoint), ["MessageBody"] = payload };
                if (subscription.RawMessageDelivery && n.Attributes.Count > 0)
                {
                    send["MessageAttributes"] = SqsAttributes(n.Attributes);
                }

                (_sqs ?? throw new AwsServiceException("sns", "EndpointDisabled", 400, "No simulated SQS is connected to SNS.")).Invoke("SendMessage", send);
            }
            else
            {
                payload = new JsonObject
                {
                    ["Records"] = new JsonArray(new JsonObject
                    {
                        ["EventSource"] = "aws:sns",
                        ["EventVersion"] = "1.0",
                        ["EventSubscriptionArn"] = subscription.Arn,
                        ["Sns"] = n.Envelope(subscription.Arn, _options.Region, lambda: true),
                    }),
                }.ToJsonString();
                var handler = _targets.Resolve(subscription.Endpoint)
                    ?? throw new AwsServiceException("sns", "EndpointDisabled", 400, $"No function is registered for {subscription.Endpoint}.");
                handler(new EventTargetInvocation(subscription.Endpoint, payload, subscription.Arn, n.MessageId));
            }
        }
        catch (AwsServiceException e)
        {
            payload = n.Message;
            error = $"{e.Code}: {e.Message}";
        }

        _deliveries.Add(new SnsDelivery(_scheduler.Now, subscription.Arn, subscription.Endpoint, payload, error));
    }

    /// <summary>SNS attributes {DataType, StringValue | BinaryValue} as SQS message attributes (same member names).</summary>
    private static JsonObject SqsAttributes(JsonObject attributes)
    {
        var result = new JsonObject();
        foreach (var (name, value) in attributes)
        {
            var attribute = new JsonObject { ["DataType"] = value!["DataType"]!.DeepClone() };
            foreach (var member in new[] { "StringValue", "BinaryValue" })
            {
                if (value[member] is { } v)
                {
                    attribute[member] = v.DeepClone();
                }
            }

            result[name] = attribute;
        }

        return result;
    }

    internal static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
