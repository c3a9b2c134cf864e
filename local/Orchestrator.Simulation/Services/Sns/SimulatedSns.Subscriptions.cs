using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.Sns;

/// <summary>Subscribe, Unsubscribe, SetSubscriptionAttributes, ListSubscriptionsByTopic.</summary>
public sealed partial class SimulatedSns
{
    private JsonObject Subscribe(JsonObject request)
    {
        var topicArn = request["TopicArn"]!.GetValue<string>();
        var subscriptions = Topic(topicArn);
        var protocol = request["Protocol"]!.GetValue<string>();
        var endpoint = request["Endpoint"]?.GetValue<string>() ?? throw SnsErrors.InvalidParameter("Endpoint");
        var expected = protocol switch
        {
            "sqs" => "arn:aws:sqs:",
            "lambda" => "arn:aws:lambda:",
            _ => throw SnsErrors.InvalidParameter($"Protocol {protocol} is not supported by the simulation (sqs, lambda)"),
        };
        if (!endpoint.StartsWith(expected, StringComparison.Ordinal))
        {
            throw SnsErrors.InvalidParameter($"{protocol} endpoint ARN");
        }

        // Subscribing the same endpoint twice returns the existing subscription.
        var existing = subscriptions.FirstOrDefault(s => s.Protocol == protocol && s.Endpoint == endpoint);
        var subscription = existing ?? new SnsSubscription($"{topicArn}:{Models.AwsRequestIds.Next(_random)}", topicArn, protocol, endpoint);
        if (existing is null)
        {
            subscriptions.Add(subscription);
        }

        foreach (var (name, value) in request["Attributes"]?.AsObject() ?? [])
        {
            SetAttribute(subscription, name, value!.GetValue<string>());
        }

        return new JsonObject { ["SubscriptionArn"] = subscription.Arn };
    }

    private JsonObject Unsubscribe(JsonObject request)
    {
        var arn = request["SubscriptionArn"]!.GetValue<string>();
        foreach (var subscriptions in _topics.Values)
        {
            subscriptions.RemoveAll(s => s.Arn == arn);
        }

        return [];
    }

    private JsonObject SetSubscriptionAttributes(JsonObject request)
    {
        var arn = request["SubscriptionArn"]!.GetValue<string>();
        var subscription = _topics.Values.SelectMany(s => s).FirstOrDefault(s => s.Arn == arn) ?? throw SnsErrors.SubscriptionNotFound();
        SetAttribute(subscription, request["AttributeName"]!.GetValue<string>(), request["AttributeValue"]?.GetValue<string>() ?? string.Empty);
        return [];
    }

    private JsonObject ListSubscriptionsByTopic(JsonObject request)
    {
        var topicArn = request["TopicArn"]!.GetValue<string>();
        var list = Topic(topicArn).Select(s => new JsonObject
        {
            ["SubscriptionArn"] = s.Arn,
            ["Owner"] = _options.AccountId,
            ["Protocol"] = s.Protocol,
            ["Endpoint"] = s.Endpoint,
            ["TopicArn"] = s.TopicArn,
        });
        return new JsonObject { ["Subscriptions"] = new JsonArray([.. list]) };
    }

    private static void SetAttribute(SnsSubscription subscription, string name, string value)
    {
        switch (name)
        {
            case "RawMessageDelivery" when value is "true" or "false":
                if (subscription.Protocol != "sqs" && value == "true")
                {
                    throw SnsErrors.InvalidParameter("Attributes Reason: Delivery protocol [lambda] does not support raw message delivery.");
                }

                subscription.RawMessageDelivery = value == "true";
                break;
            case "RawMessageDelivery":
                throw SnsErrors.InvalidParameter("Attributes Reason: RawMessageDelivery: Invalid value [" + value + "]. Must be true or false.");
            default:
                throw SnsErrors.InvalidParameter($"AttributeName {name} is not supported by the simulation (RawMessageDelivery)");
        }
    }
}
