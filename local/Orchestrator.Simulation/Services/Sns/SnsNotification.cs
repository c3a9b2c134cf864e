using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.Sns;

/// <summary>One published message and the envelope SNS wraps it in for each subscriber.</summary>
internal sealed record SnsNotification(string MessageId, string TopicArn, string? Subject, string Message, JsonObject Attributes, DateTimeOffset Published)
{
    /// <summary>
    /// The notification JSON. SQS bodies use SigningCertURL / UnsubscribeURL and omit Subject and
    /// MessageAttributes when absent; Lambda's Sns record spells SigningCertUrl / UnsubscribeUrl, has
    /// Subject null when absent and always MessageAttributes. Attributes appear as {"Type", "Value"}.
    /// </summary>
    public JsonObject Envelope(string subscriptionArn, string region, bool lambda)
    {
        var host = $"https://sns.{region}.amazonaws.com";
        var envelope = new JsonObject
        {
            ["Type"] = "Notification",
            ["MessageId"] = MessageId,
            ["TopicArn"] = TopicArn,
        };
        if (Subject is not null || lambda)
        {
            envelope["Subject"] = Subject;
        }

        envelope["Message"] = Message;
        envelope["Timestamp"] = SimulatedSns.Iso(Published);
        envelope["SignatureVersion"] = "1";
        envelope["Signature"] = Signature();
        envelope[lambda ? "SigningCertUrl" : "SigningCertURL"] = $"{host}/SimpleNotificationService-{Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(region)))}.pem";
        envelope[lambda ? "UnsubscribeUrl" : "UnsubscribeURL"] = $"{host}/?Action=Unsubscribe&SubscriptionArn={subscriptionArn}";
        if (Attributes.Count > 0 || lambda)
        {
            var attributes = new JsonObject();
            foreach (var (name, value) in Attributes)
            {
                attributes[name] = new JsonObject
                {
                    ["Type"] = value!["DataType"]!.DeepClone(),
                    ["Value"] = (value["StringValue"] ?? value["BinaryValue"])?.DeepClone(),
                };
            }

            envelope["MessageAttributes"] = attributes;
        }

        return envelope;
    }

    /// <summary>A deterministic stand-in for SNS's RSA signature (base64 of a hash of the message): shaped like one, not verifiable.</summary>
    private string Signature() => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(MessageId + Message)));
}
