using System.Text.Json.Nodes;
using Orchestrator.Core.QueueDrain;

namespace Orchestrator.Core.Tests.QueueDrain;

/// <summary>Shapes used across the queue-drain tests. Event shapes follow AWS-FACTS.md ("Events");
/// Task and SQS member names follow ../shared/aws-models (ecs.json Task, sqs.json Message).</summary>
internal static class Samples
{
    public const string QueueUrl = "https://sqs.us-east-1.amazonaws.com/123456789012/work";

    public static DrainSettings Settings(Func<DrainSettings, DrainSettings>? change = null)
    {
        var settings = new DrainSettings
        {
            QueueUrl = QueueUrl,
            Cluster = "batch",
            TaskDefinition = "worker:3",
            ContainerName = "worker",
            Subnets = ["subnet-1"],
        };
        return change is null ? settings : change(settings);
    }

    public static JsonObject AlarmEvent(string state) => JsonNode.Parse("""
        {"version":"0","id":"c4c1c1c9-6542-e61b-6ef0-8c4d36933a92","detail-type":"CloudWatch Alarm State Change",
         "source":"aws.cloudwatch","account":"123456789012","time":"2026-01-01T00:00:00Z","region":"us-east-1",
         "resources":["arn:aws:cloudwatch:us-east-1:123456789012:alarm:work-backlog"],
         "detail":{"alarmName":"work-backlog","state":{"value":"STATE","reason":"Threshold Crossed","reasonData":"{}","timestamp":"2026-01-01T00:00:00.000+0000"},
                   "previousState":{"value":"OK","reason":"","timestamp":"2025-12-31T00:00:00.000+0000"},
                   "configuration":{"metrics":[]}}}
        """.Replace("STATE", state, StringComparison.Ordinal))!.AsObject();

    public static JsonObject SnsEnvelope(string state) => new()
    {
        ["Type"] = "Notification",
        ["MessageId"] = "95df01b4-ee98-5cb9-9903-4c221d41eb5e",
        ["TopicArn"] = "arn:aws:sns:us-east-1:123456789012:alarms",
        ["Subject"] = "ALARM: \"work-backlog\"",
        ["Message"] = new JsonObject { ["AlarmName"] = "work-backlog", ["NewStateValue"] = state, ["OldStateValue"] = "OK" }.ToJsonString(),
        ["Timestamp"] = "2026-01-01T00:00:00.000Z",
        ["SignatureVersion"] = "1",
        ["Signature"] = "EXAMPLE",
        ["SigningCertURL"] = "https://sns.us-east-1.amazonaws.com/cert.pem",
        ["UnsubscribeURL"] = "https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe",
    };

    public static JsonObject PipeMessage(string queue, string body, int i = 0, string? group = null) => new()
    {
        ["messageId"] = $"id-{i}",
        ["receiptHandle"] = $"rh-{i}",
        ["body"] = body,
        ["attributes"] = group is null ? new JsonObject { ["ApproximateReceiveCount"] = "1" } : new JsonObject { ["MessageGroupId"] = group },
        ["messageAttributes"] = new JsonObject(),
        ["md5OfBody"] = "d41d8cd98f00b204e9800998ecf8427e",
        ["eventSource"] = "aws:sqs",
        ["eventSourceARN"] = $"arn:aws:sqs:us-east-1:123456789012:{queue}",
        ["awsRegion"] = "us-east-1",
    };

    public static JsonObject Receive(params (string Id, int Count)[] messages)
    {
        if (messages.Length == 0)
        {
            return new JsonObject();
        }

        var list = new JsonArray();
        foreach (var (id, count) in messages)
        {
            list.Add(new JsonObject
            {
                ["MessageId"] = id,
                ["ReceiptHandle"] = $"rh-{id}",
                ["MD5OfBody"] = "x",
                ["Body"] = $"body of {id}",
                ["Attributes"] = new JsonObject { ["ApproximateReceiveCount"] = count.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            });
        }

        return new JsonObject { ["Messages"] = list };
    }

    /// <summary>A stopped Task in the PascalCase the ecs:runTask.sync integration returns.</summary>
    public static JsonObject Task(string stopCode, int? exitCode, string reason = "Essential container in task exited") => new()
    {
        ["TaskArn"] = "arn:aws:ecs:us-east-1:123456789012:task/batch/0123",
        ["LastStatus"] = "STOPPED",
        ["StopCode"] = stopCode,
        ["StoppedReason"] = reason,
        ["CapacityProviderName"] = "FARGATE_SPOT",
        ["PullStartedAt"] = 1767225600000,
        ["StartedAt"] = 1767225640000,
        ["StoppedAt"] = 1767225700000,
        ["Containers"] = new JsonArray { new JsonObject { ["Name"] = "worker", ["ExitCode"] = exitCode, ["LastStatus"] = "STOPPED" } },
    };

    public static IReadOnlyList<BatchMessage> Messages(int n, int receiveCount = 1) =>
        Enumerable.Range(0, n).Select(i => new BatchMessage($"id-{i}", $"rh-{i}", receiveCount)).ToList();

    public static DrainReport Report(int eventsUsed) => DrainReport.Start("drain-1") with { EventsUsed = eventsUsed };
}
