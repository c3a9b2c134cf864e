using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Tests.Account;

/// <summary>An alarm on a queue's visible messages, fed by the simulated SQS's one-minute metrics, and SNS fan-out to Lambda.</summary>
public class QueueAlarmTests
{
    [Fact]
    public void VisibleMessagesAlarm_AlarmsAtTheFirstMinuteWithMessages_OkAtTheFirstMinuteWithout()
    {
        // SQS pushes its metrics at one-minute intervals ("Available CloudWatch metrics for Amazon SQS"),
        // a data point stamped with its period's start; an alarm with Period 60 and 1 of 1 evaluates each
        // minute over the period just ended, missing data treated as notBreaching (CloudWatch User Guide,
        // "Alarm evaluation"). Messages visible from 00:03:30 to 00:10:30 → ALARM at 00:04, OK at 00:11;
        // before any data, missing data is "good" → OK at the first evaluation, 00:01.
        var h = new AccountHarness();
        var (url, _) = h.Queue("work");
        var start = h.Now;
        var states = new List<(TimeSpan, string)>();
        h.Account.CloudWatch.EventPublished += e => states.Add((h.Now - start, e["detail"]!["state"]!["value"]!.GetValue<string>()));
        h.Account.CloudWatch.Invoke("PutMetricAlarm", new JsonObject
        {
            ["AlarmName"] = "backlog",
            ["Namespace"] = "AWS/SQS",
            ["MetricName"] = "ApproximateNumberOfMessagesVisible",
            ["Dimensions"] = new JsonArray(new JsonObject { ["Name"] = "QueueName", ["Value"] = "work" }),
            ["Statistic"] = "Maximum",
            ["Period"] = 60,
            ["EvaluationPeriods"] = 1,
            ["Threshold"] = 1.0,
            ["ComparisonOperator"] = "GreaterThanOrEqualToThreshold",
            ["TreatMissingData"] = "notBreaching",
        });
        h.Account.Scheduler.ScheduleAt(start.AddSeconds(210), () =>
        {
            for (var i = 0; i < 5; i++)
            {
                h.Account.Sqs.Invoke("SendMessage", new JsonObject { ["QueueUrl"] = url, ["MessageBody"] = $"m{i}" });
            }
        });
        h.Account.Scheduler.ScheduleAt(start.AddSeconds(630), () =>
        {
            var received = h.Account.Sqs.Invoke("ReceiveMessage", new JsonObject { ["QueueUrl"] = url, ["MaxNumberOfMessages"] = 10 })["Messages"]!.AsArray();
            foreach (var message in received)
            {
                h.Account.Sqs.Invoke("DeleteMessage", new JsonObject { ["QueueUrl"] = url, ["ReceiptHandle"] = message!["ReceiptHandle"]!.GetValue<string>() });
            }
        });

        h.RunFor(TimeSpan.FromMinutes(15));

        Assert.Equal([(TimeSpan.FromMinutes(1), "OK"), (TimeSpan.FromMinutes(4), "ALARM"), (TimeSpan.FromMinutes(11), "OK")], states);
    }

    [Fact]
    public void SnsLambdaSubscription_InvokesTheRegisteredFunctionWithTheSnsEvent()
    {
        // SNS invokes a subscribed function asynchronously with {"Records":[{"EventSource":"aws:sns","Sns":{…}}]}.
        var h = new AccountHarness();
        var topic = h.Account.Sns.Invoke("CreateTopic", new JsonObject { ["Name"] = "ops" })["TopicArn"]!.GetValue<string>();
        var function = Orchestrator.Simulation.Account.SimulatedAccount.FunctionArn("Echo");
        h.Account.Sns.Invoke("Subscribe", new JsonObject { ["TopicArn"] = topic, ["Protocol"] = "lambda", ["Endpoint"] = function });

        h.Account.Sns.Invoke("Publish", new JsonObject { ["TopicArn"] = topic, ["Message"] = "hello" });
        h.RunFor(TimeSpan.FromSeconds(5));

        Assert.Equal(1, h.Account.Lambda.Invocations.GetValueOrDefault("Echo"));
        Assert.Null(Assert.Single(h.Account.Sns.Deliveries).Error);
    }
}
