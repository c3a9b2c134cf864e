using System.Text.Json.Nodes;
using Orchestrator.Core.Capacity;
using Orchestrator.Simulation.Account;
using Orchestrator.Simulation.Faults;
using Orchestrator.States.Execution;

namespace Orchestrator.Simulation.Tests.Capacity;

/// <summary>Issue 7, tests 5 and 6: Auto Scaling refusing SetDesiredCapacity (retried with backoff, then a
/// clear failure that undoes its bookkeeping), and malformed events (a clear failure, nothing changed).</summary>
public class CapacityFaultTests
{
    private static readonly DateTimeOffset Start = new AccountOptions().Start;

    /// <summary>Error codes from autoscaling.json (ScalingActivityInProgressFault, ResourceContentionFault) and
    /// Throttling (not modelled, so the SDK's base exception, AWS-FACTS "aws-sdk integrations").</summary>
    [Theory]
    [InlineData("ScalingActivityInProgress", "AutoScaling.ScalingActivityInProgressException")]
    [InlineData("ResourceContention", "AutoScaling.ResourceContentionException")]
    [InlineData(null, "AutoScaling.AutoScalingException")]
    public void SetDesiredCapacity_Refused_RetriedThenClearFailureAndStillOwed(string? code, string error)
    {
        var fault = new ApiFault("autoscaling", "SetDesiredCapacity", 1.0, code, Status: code == "ResourceContention" ? 500 : 400);
        var f = new CapacityFixture(SpotPoolKind.SpotFleet, options: new AccountOptions { ApiFaults = [fault] }, triggers: false);
        f.RunFor(TimeSpan.FromMinutes(1));
        var victim = f.SpotInstanceIds()[0];

        var execution = f.Deployment.Interruption(Warning(victim, f.Now));
        f.WaitFor(f.Deployment.SpotInterruptionArn);

        Assert.Equal(ExecutionStatus.Failed, execution.Status);
        Assert.Equal(error, execution.Error);
        // The first attempt and MaxAttempts (8) retries.
        Assert.Equal(9, execution.History.Count(h => h.Type == "TaskFailed" && h.Resource == "setDesiredCapacity"));
        Assert.Equal(0, f.OnDemandDesired);
        // The replacement is not lost: it is owed again for the next lock holder, and its record stays so a
        // redelivery does not owe it twice.
        Assert.Equal("1", Item(f, $"owed#{f.Infra.OnDemandGroupName}")?["Owed"]?["N"]?.GetValue<string>());
        Assert.NotNull(Item(f, $"replacement#{victim}"));
        Assert.Null(Item(f, $"lock#{f.Infra.OnDemandGroupName}"));
    }

    [Theory]
    [InlineData("ScalingActivityInProgress")]
    [InlineData("ResourceContention")]
    [InlineData(null)]
    public void SetDesiredCapacity_RefusedBriefly_RetriedAndSucceeds(string? code)
    {
        var fault = new ApiFault("autoscaling", "SetDesiredCapacity", 1.0, code, Until: Start.AddSeconds(63));
        var f = new CapacityFixture(SpotPoolKind.SpotFleet, options: new AccountOptions { ApiFaults = [fault] }, triggers: false);
        f.RunFor(TimeSpan.FromMinutes(1));

        var execution = f.Deployment.Interruption(Warning(f.SpotInstanceIds()[0], f.Now));
        f.WaitFor(f.Deployment.SpotInterruptionArn);

        Assert.True(execution.Status == ExecutionStatus.Succeeded, CapacityFixture.Describe(execution));
        Assert.Contains(execution.History, h => h.Type == "TaskFailed" && h.Resource == "setDesiredCapacity");
        Assert.Equal(1, f.OnDemandDesired);
    }

    [Theory]
    [InlineData(3600, 0, "1", false)]
    [InlineData(-1, 1, "0", true)]
    public void Lock_HeldByAnother_ReplacementLeftOwedUnlessExpired(int expiresInSeconds, int desired, string owed, bool appliedHere)
    {
        // A lock that stays taken no longer fails the execution (issue 15, point 2): the replacement is
        // owed and the holder applies it. A lock left by a crashed execution expires and is taken.
        var f = new CapacityFixture(SpotPoolKind.SpotFleet, triggers: false);
        f.RunFor(TimeSpan.FromMinutes(1));
        var victim = f.SpotInstanceIds()[0];
        f.Account.DynamoDb.Invoke("PutItem", new JsonObject
        {
            ["TableName"] = f.Deployment.Stack.IdempotencyTable,
            ["Item"] = new JsonObject
            {
                ["Id"] = new JsonObject { ["S"] = $"lock#{f.Infra.OnDemandGroupName}" },
                ["Owner"] = new JsonObject { ["S"] = "someone-else" },
                ["ExpiresAt"] = new JsonObject { ["N"] = (f.Now.ToUnixTimeSeconds() + expiresInSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture) },
            },
        });

        var execution = f.Deployment.Interruption(Warning(victim, f.Now));
        f.WaitFor(f.Deployment.SpotInterruptionArn);

        Assert.True(execution.Status == ExecutionStatus.Succeeded, CapacityFixture.Describe(execution));
        Assert.Equal(appliedHere, execution.Output!["AppliedHere"]!.GetValue<bool>());
        Assert.Equal(desired, f.OnDemandDesired);
        Assert.Equal(owed, Item(f, $"owed#{f.Infra.OnDemandGroupName}")?["Owed"]?["N"]?.GetValue<string>());
        Assert.NotNull(Item(f, $"replacement#{victim}"));
    }

    [Fact]
    public void Owed_LeftByAFailedExecution_AppliedByTheNextOne()
    {
        var f = new CapacityFixture(SpotPoolKind.SpotFleet, triggers: false);
        f.RunFor(TimeSpan.FromMinutes(1));
        f.Account.DynamoDb.Invoke("PutItem", new JsonObject
        {
            ["TableName"] = f.Deployment.Stack.IdempotencyTable,
            ["Item"] = new JsonObject { ["Id"] = new JsonObject { ["S"] = $"owed#{f.Infra.OnDemandGroupName}" }, ["Owed"] = new JsonObject { ["N"] = "1" } },
        });

        var execution = f.Deployment.Interruption(Warning(f.SpotInstanceIds()[0], f.Now));
        f.WaitFor(f.Deployment.SpotInterruptionArn);

        Assert.True(execution.Status == ExecutionStatus.Succeeded, CapacityFixture.Describe(execution));
        Assert.Equal(2, f.OnDemandDesired);
        Assert.Equal("0", Item(f, $"owed#{f.Infra.OnDemandGroupName}")?["Owed"]?["N"]?.GetValue<string>());
    }

    public static TheoryData<string, string> Malformed() => new()
    {
        { "spot-interruption", "{}" },
        { "spot-interruption", """{"source":"aws.ec2","detail-type":"EC2 Spot Instance Interruption Warning","time":"2026-01-01T00:00:00Z","detail":{"instance-id":"i-oops","instance-action":"terminate"}}""" },
        { "spot-interruption", """{"Records":[{"EventSource":"aws:sns","Sns":{"Type":"Notification","TopicArn":"t","Message":"not json"}}]}""" },
        { "capacity-backfill", """{"source":"aws.cloudwatch","detail-type":"CloudWatch Alarm State Change","time":"2026-01-01T00:00:00Z","detail":{"alarmName":"orchestrator-spot-pending-capacity","state":{"value":"MAYBE"}}}""" },
        { "capacity-backfill", """{"source":"aws.cloudwatch","detail-type":"CloudWatch Alarm State Change","time":"2026-01-01T00:00:00Z","detail":{"alarmName":"someone-else","state":{"value":"ALARM"}}}""" },
        { "return-to-spot", "[1,2,3]" },
        { "return-to-spot", """{"source":"aws.ec2","detail-type":"EC2 Instance Rebalance Recommendation","time":"2026-01-01T00:00:00Z","detail":{"instance-id":"i-1234567890abcdef0"}}""" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void MalformedEvent_ClearFailureNothingChanged(string workflow, string input)
    {
        var f = new CapacityFixture(SpotPoolKind.SpotFleet, triggers: false);
        f.RunFor(TimeSpan.FromMinutes(1));
        var before = f.ContainerInstances().Select(i => i["status"]!.GetValue<string>()).ToList();
        var arn = workflow switch
        {
            "spot-interruption" => f.Deployment.SpotInterruptionArn,
            "capacity-backfill" => f.Deployment.CapacityBackfillArn,
            _ => f.Deployment.ReturnToSpotArn,
        };

        var execution = f.Account.StepFunctions.StartExecution(arn, JsonNode.Parse(input));
        f.WaitFor(arn);

        Assert.Equal(ExecutionStatus.Failed, execution.Status);
        Assert.Equal("InvalidInputException", execution.Error);
        Assert.False(string.IsNullOrWhiteSpace(JsonNode.Parse(execution.Cause!)!["errorMessage"]!.GetValue<string>()));
        Assert.Equal(1, execution.History.Count(h => h.Type.EndsWith("StateEntered", StringComparison.Ordinal)));
        Assert.Equal(before, f.ContainerInstances().Select(i => i["status"]!.GetValue<string>()).ToList());
        Assert.Equal(0, f.OnDemandDesired);
    }

    private static JsonObject Warning(string instanceId, DateTimeOffset at) => new()
    {
        ["version"] = "0",
        ["id"] = "12345678-1234-1234-1234-123456789012",
        ["detail-type"] = "EC2 Spot Instance Interruption Warning",
        ["source"] = "aws.ec2",
        ["account"] = "123456789012",
        ["time"] = at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
        ["region"] = "us-east-1",
        ["resources"] = new JsonArray($"arn:aws:ec2:us-east-1a:instance/{instanceId}"),
        ["detail"] = new JsonObject { ["instance-id"] = instanceId, ["instance-action"] = "terminate" },
    };

    private static JsonNode? Item(CapacityFixture f, string id) =>
        f.Account.DynamoDb.Invoke("GetItem", new JsonObject { ["TableName"] = f.Deployment.Stack.IdempotencyTable, ["Key"] = new JsonObject { ["Id"] = new JsonObject { ["S"] = id } } })["Item"];
}
