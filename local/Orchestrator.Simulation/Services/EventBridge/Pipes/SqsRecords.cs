using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.EventBridge.Pipes;

/// <summary>
/// Turns SQS ReceiveMessage messages into the records a pipe hands its target: messageId,
/// receiptHandle, body, attributes, messageAttributes (camelCase: stringValue, stringListValues,
/// binaryListValues, dataType), md5OfBody, eventSource "aws:sqs", eventSourceARN, awsRegion — the
/// shape of the sample in "Amazon SQS as a source" (EventBridge Pipes user guide), the same as
/// Lambda's SQS event records.
/// </summary>
internal static class SqsRecords
{
    public static JsonObject From(JsonObject message, string queueArn, string region)
    {
        var attributes = new JsonObject();
        foreach (var (name, value) in message["Attributes"]?.AsObject() ?? [])
        {
            attributes[name] = value?.DeepClone();
        }

        var messageAttributes = new JsonObject();
        foreach (var (name, value) in message["MessageAttributes"]?.AsObject() ?? [])
        {
            var attribute = new JsonObject();
            if (value?["StringValue"] is { } s)
            {
                attribute["stringValue"] = s.DeepClone();
            }

            if (value?["BinaryValue"] is { } b)
            {
                attribute["binaryValue"] = b.DeepClone();
            }

            attribute["stringListValues"] = new JsonArray();
            attribute["binaryListValues"] = new JsonArray();
            attribute["dataType"] = value?["DataType"]?.DeepClone();
            messageAttributes[name] = attribute;
        }

        var record = new JsonObject
        {
            ["messageId"] = message["MessageId"]!.DeepClone(),
            ["receiptHandle"] = message["ReceiptHandle"]!.DeepClone(),
            ["body"] = message["Body"]!.DeepClone(),
            ["attributes"] = attributes,
            ["messageAttributes"] = messageAttributes,
            ["md5OfBody"] = message["MD5OfBody"]!.DeepClone(),
        };
        if (message["MD5OfMessageAttributes"] is { } md5)
        {
            record["md5OfMessageAttributes"] = md5.DeepClone();
        }

        record["eventSource"] = "aws:sqs";
        record["eventSourceARN"] = queueArn;
        record["awsRegion"] = region;
        return record;
    }
}
