using System.Text.Json.Nodes;
using Orchestrator.Core.Capacity;
using Orchestrator.Simulation.Account;
using Orchestrator.Simulation.Scenarios;

namespace Orchestrator.Simulation.Capacity;

/// <summary>
/// Puts the capacity stack into a simulated account, as serverless.template does in AWS: the DynamoDB
/// table (idempotency records, the desired-capacity lock, return-to-spot's health record; TTL on
/// ExpiresAt), the SNS topic, the three state machines with their DefinitionSubstitutions, the EventBridge
/// rule for EC2 Spot warnings and rebalance recommendations, the PendingCapacity alarm with its EventBridge
/// rule or its SNS → SQS → Pipe path (Spot Fleet pools, <see cref="CapacityStack.AlarmDelivery"/>), and the EventBridge Scheduler schedules of the backfill sweep and return-to-spot.
/// </summary>
/// <remarks>
/// An Auto Scaling group pool gets no alarm here: its shortfall is DesiredCapacity − (InService + Pending)
/// capacity, which in AWS is a metric-math alarm on AWS/AutoScaling group metrics (after
/// EnableMetricsCollection); the simulation does not publish those, so the backfill schedule covers it.
/// </remarks>
public sealed class CapacityDeployment
{
    private const string RoleArn = "arn:aws:iam::123456789012:role/orchestrator-capacity-events";

    private CapacityDeployment(SimulatedAccount account, CapacityStack stack, string topicArn, string interruption, string backfill, string returnToSpot)
    {
        Account = account;
        Stack = stack;
        TopicArn = topicArn;
        SpotInterruptionArn = interruption;
        CapacityBackfillArn = backfill;
        ReturnToSpotArn = returnToSpot;
    }

    public SimulatedAccount Account { get; }
    public CapacityStack Stack { get; }
    public string TopicArn { get; }
    public string SpotInterruptionArn { get; }
    public string CapacityBackfillArn { get; }
    public string ReturnToSpotArn { get; }

    /// <summary>Deploys the stack; with <paramref name="triggers"/> false only the table, topic and state machines
    /// (tests that start executions by hand).</summary>
    public static CapacityDeployment Deploy(SimulatedAccount account, CapacityStack stack, bool triggers = true)
    {
        account.DynamoDb.Invoke("CreateTable", new JsonObject
        {
            ["TableName"] = stack.IdempotencyTable,
            ["KeySchema"] = new JsonArray(new JsonObject { ["AttributeName"] = "Id", ["KeyType"] = "HASH" }),
            ["AttributeDefinitions"] = new JsonArray(new JsonObject { ["AttributeName"] = "Id", ["AttributeType"] = "S" }),
            ["BillingMode"] = "PAY_PER_REQUEST",
        });
        account.DynamoDb.Invoke("UpdateTimeToLive", new JsonObject
        {
            ["TableName"] = stack.IdempotencyTable,
            ["TimeToLiveSpecification"] = new JsonObject { ["Enabled"] = true, ["AttributeName"] = "ExpiresAt" },
        });
        var topicArn = account.Sns.Invoke("CreateTopic", new JsonObject { ["Name"] = stack.NotificationTopicName })["TopicArn"]!.GetValue<string>();
        var substitutions = stack.Substitutions(topicArn);
        string Create(string name) => account.StepFunctions.CreateStateMachine(name, StateMachineFiles.Read($"{name}.asl.json"), substitutions);
        var deployment = new CapacityDeployment(account, stack, topicArn, Create("spot-interruption"), Create("capacity-backfill"), Create("return-to-spot"));
        if (triggers)
        {
            deployment.CreateTriggers();
        }

        return deployment;
    }

    /// <summary>Starts spot-interruption with <paramref name="e"/> as input (as the EventBridge rule does).</summary>
    public Orchestrator.States.Execution.Execution Interruption(JsonNode e) => Account.StepFunctions.StartExecution(SpotInterruptionArn, e);

    /// <summary>Starts capacity-backfill with <paramref name="e"/> as input.</summary>
    public Orchestrator.States.Execution.Execution Backfill(JsonNode e) => Account.StepFunctions.StartExecution(CapacityBackfillArn, e);

    /// <summary>Starts return-to-spot with <paramref name="e"/> as input.</summary>
    public Orchestrator.States.Execution.Execution ReturnToSpot(JsonNode e) => Account.StepFunctions.StartExecution(ReturnToSpotArn, e);

    /// <summary>The input the stack's EventBridge Scheduler schedules send (events/capacity/schedule-scheduler.json):
    /// an EventBridge-like "Scheduled Event" with the scheduler's context attributes filled in.</summary>
    public static string ScheduleInput() =>
        new JsonObject
        {
            ["version"] = "0",
            ["id"] = "<aws.scheduler.execution-id>",
            ["detail-type"] = "Scheduled Event",
            ["source"] = "aws.scheduler",
            ["account"] = "123456789012",
            ["time"] = "<aws.scheduler.scheduled-time>",
            ["region"] = "us-east-1",
            ["resources"] = new JsonArray("<aws.scheduler.schedule-arn>"),
            ["detail"] = new JsonObject(),
        }.ToJsonString();

    private void CreateTriggers()
    {
        Rule("orchestrator-spot-events", new JsonObject
        {
            ["source"] = new JsonArray("aws.ec2"),
            ["detail-type"] = new JsonArray(InterruptionParser.WarningType, InterruptionParser.RebalanceType),
        }, SpotInterruptionArn);
        if (Stack.SpotPoolKind == SpotPoolKind.SpotFleet)
        {
            var alarmTopic = Account.Sns.Invoke("CreateTopic", new JsonObject { ["Name"] = Stack.AlarmTopicName })["TopicArn"]!.GetValue<string>();
            // PendingCapacity = TargetCapacity − FulfilledCapacity, published per fleet in AWS/EC2Spot (dimension FleetRequestId).
            Account.CloudWatch.Invoke("PutMetricAlarm", new JsonObject
            {
                ["AlarmName"] = Stack.AlarmName,
                ["Namespace"] = "AWS/EC2Spot",
                ["MetricName"] = "PendingCapacity",
                ["Dimensions"] = new JsonArray(new JsonObject { ["Name"] = "FleetRequestId", ["Value"] = Stack.SpotPoolId }),
                ["Statistic"] = "Maximum",
                ["Period"] = 300,
                ["EvaluationPeriods"] = 1,
                ["Threshold"] = 0.0,
                ["ComparisonOperator"] = "GreaterThanThreshold",
                ["TreatMissingData"] = "notBreaching",
                ["AlarmActions"] = new JsonArray(alarmTopic),
            });
            if (Stack.AlarmDelivery == "sns-pipe")
            {
                PipeFromTopic(alarmTopic, "orchestrator-capacity-alarms", CapacityBackfillArn);
            }
            else
            {
                Rule("orchestrator-spot-pending-capacity", new JsonObject
                {
                    ["source"] = new JsonArray("aws.cloudwatch"),
                    ["detail-type"] = new JsonArray("CloudWatch Alarm State Change"),
                    ["detail"] = new JsonObject { ["alarmName"] = new JsonArray(Stack.AlarmName), ["state"] = new JsonObject { ["value"] = new JsonArray("ALARM") } },
                }, CapacityBackfillArn);
            }
        }

        Schedule("orchestrator-capacity-backfill", Stack.BackfillEveryMinutes, CapacityBackfillArn);
        Schedule("orchestrator-return-to-spot", Stack.ReturnToSpotEveryMinutes, ReturnToSpotArn);
    }

    private void Rule(string name, JsonObject pattern, string targetArn)
    {
        Account.EventBridge.Invoke("PutRule", new JsonObject { ["Name"] = name, ["EventPattern"] = pattern.ToJsonString(), ["State"] = "ENABLED" });
        Account.EventBridge.Invoke("PutTargets", new JsonObject
        {
            ["Rule"] = name,
            ["Targets"] = new JsonArray(new JsonObject { ["Id"] = "workflow", ["Arn"] = targetArn, ["RoleArn"] = RoleArn }),
        });
    }

    /// <summary>SNS cannot start a state machine: the topic delivers to an SQS queue, and a Pipe (BatchSize 1) starts one execution per message.</summary>
    private void PipeFromTopic(string topicArn, string queueName, string targetArn)
    {
        Account.Sqs.Invoke("CreateQueue", new JsonObject { ["QueueName"] = queueName });
        var queueArn = Account.Sqs.QueueArn(queueName);
        Account.Sns.Invoke("Subscribe", new JsonObject { ["TopicArn"] = topicArn, ["Protocol"] = "sqs", ["Endpoint"] = queueArn });
        Account.Pipes.Invoke("CreatePipe", new JsonObject
        {
            ["Name"] = queueName,
            ["RoleArn"] = RoleArn,
            ["Source"] = queueArn,
            ["Target"] = targetArn,
            ["SourceParameters"] = new JsonObject { ["SqsQueueParameters"] = new JsonObject { ["BatchSize"] = 1 } },
            ["TargetParameters"] = new JsonObject { ["StepFunctionStateMachineParameters"] = new JsonObject { ["InvocationType"] = "FIRE_AND_FORGET" } },
        });
    }

    private void Schedule(string name, int everyMinutes, string targetArn) =>
        Account.Schedules.Invoke("CreateSchedule", new JsonObject
        {
            ["Name"] = name,
            ["ScheduleExpression"] = everyMinutes == 1 ? "rate(1 minute)" : $"rate({everyMinutes} minutes)",
            ["FlexibleTimeWindow"] = new JsonObject { ["Mode"] = "OFF" },
            ["Target"] = new JsonObject { ["Arn"] = targetArn, ["RoleArn"] = RoleArn, ["Input"] = ScheduleInput() },
        });
}
