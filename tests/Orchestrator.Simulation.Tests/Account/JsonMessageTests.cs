using System.Text.Json.Nodes;
using Orchestrator.States.Execution;

namespace Orchestrator.Simulation.Tests.Account;

/// <summary>The optimized sns:publish and sqs:sendMessage take a JSON object as the message (AWS-FACTS) and send its JSON text.</summary>
public class JsonMessageTests
{
    [Fact]
    public void SnsPublish_ObjectMessage_SubscriberGetsItsJsonText()
    {
        var h = new AccountHarness();
        var (url, arn) = h.Queue("ops");
        var topic = h.Account.Sns.Invoke("CreateTopic", new JsonObject { ["Name"] = "ops" })["TopicArn"]!.GetValue<string>();
        h.Account.Sns.Invoke("Subscribe", new JsonObject { ["TopicArn"] = topic, ["Protocol"] = "sqs", ["Endpoint"] = arn });

        var execution = Run(h, "arn:aws:states:::sns:publish", new JsonObject { ["TopicArn"] = topic, ["Message"] = new JsonObject { ["drained"] = 3 } });
        h.RunFor(TimeSpan.FromSeconds(5));

        Assert.Equal(ExecutionStatus.Succeeded, execution.Status);
        var envelope = JsonNode.Parse(Assert.Single(h.Bodies(url)))!;
        Assert.Equal("""{"drained":3}""", envelope["Message"]!.GetValue<string>());
    }

    [Fact]
    public void SqsSendMessage_ObjectBody_QueueGetsItsJsonText()
    {
        var h = new AccountHarness();
        var (url, _) = h.Queue("work");

        var execution = Run(h, "arn:aws:states:::sqs:sendMessage", new JsonObject { ["QueueUrl"] = url, ["MessageBody"] = new JsonObject { ["job"] = "a" } });

        Assert.Equal(ExecutionStatus.Succeeded, execution.Status);
        Assert.Equal("""{"job":"a"}""", Assert.Single(h.Bodies(url)));
    }

    private static Execution Run(AccountHarness h, string resource, JsonObject parameters)
    {
        var definition = new JsonObject
        {
            ["StartAt"] = "Call",
            ["States"] = new JsonObject { ["Call"] = new JsonObject { ["Type"] = "Task", ["Resource"] = resource, ["Parameters"] = parameters, ["End"] = true } },
        };
        var arn = h.Account.StepFunctions.CreateStateMachine("probe", definition.ToJsonString());
        var execution = h.Account.StepFunctions.StartExecution(arn, new JsonObject());
        h.Account.Scheduler.RunUntil(() => execution.IsFinished);
        return execution;
    }
}
